import pytest

from todo_service.container import CaptiveDependencyError, Container, Lifetime, UnregisteredError


class A:
    pass


class B:
    def __init__(self, a: A) -> None:
        self.a = a


def test_singleton_is_shared_across_scopes() -> None:
    c = Container()
    c.register(A, lambda _: A(), Lifetime.SINGLETON)
    with c.create_scope() as s1, c.create_scope() as s2:
        assert s1.resolve(A) is s2.resolve(A) is c.resolve(A)


def test_scoped_is_shared_within_a_scope_only() -> None:
    c = Container()
    c.register(A, lambda _: A(), Lifetime.SCOPED)
    with c.create_scope() as s1, c.create_scope() as s2:
        assert s1.resolve(A) is s1.resolve(A)
        assert s1.resolve(A) is not s2.resolve(A)


def test_transient_is_new_every_time() -> None:
    c = Container()
    c.register(A, lambda _: A())
    assert c.resolve(A) is not c.resolve(A)


def test_singleton_may_not_capture_a_scoped_dependency() -> None:
    c = Container()
    c.register(A, lambda _: A(), Lifetime.SCOPED)
    c.register(B, lambda r: B(r.resolve(A)), Lifetime.SINGLETON)
    with c.create_scope() as scope, pytest.raises(CaptiveDependencyError):
        scope.resolve(B)


def test_scoped_cannot_be_resolved_from_the_root() -> None:
    c = Container()
    c.register(A, lambda _: A(), Lifetime.SCOPED)
    with pytest.raises(CaptiveDependencyError):
        c.resolve(A)


def test_unregistered_key() -> None:
    with pytest.raises(UnregisteredError):
        Container().resolve(A)


def test_scope_finalizers_run_in_reverse_order() -> None:
    c = Container()
    closed: list[str] = []

    def make_a(r: object) -> A:
        r.on_close(lambda: closed.append("a"))  # type: ignore[attr-defined]
        return A()

    def make_b(r: object) -> B:
        b = B(r.resolve(A))  # type: ignore[attr-defined]
        r.on_close(lambda: closed.append("b"))  # type: ignore[attr-defined]
        return b

    c.register(A, make_a, Lifetime.SCOPED)
    c.register(B, make_b, Lifetime.SCOPED)
    with c.create_scope() as scope:
        scope.resolve(B)
    assert closed == ["b", "a"]


def test_override_is_restored() -> None:
    c = Container()
    original, replacement = A(), A()
    c.instance(A, original)
    with c.override(A, lambda _: replacement):
        assert c.resolve(A) is replacement
    assert c.resolve(A) is original


def test_closed_scope_refuses_to_resolve() -> None:
    c = Container()
    c.register(A, lambda _: A(), Lifetime.SCOPED)
    scope = c.create_scope()
    scope.close()
    with pytest.raises(RuntimeError):
        scope.resolve(A)
