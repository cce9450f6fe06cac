"""Type-keyed service container with three lifetimes.

* ``SINGLETON`` — one instance per container, created lazily, thread-safe.
* ``SCOPED``    — one instance per scope (in the web app: per request).
* ``TRANSIENT`` — a new instance on every resolution.

A singleton may not depend on a scoped service (it would capture the first
request's instance forever); this is detected at resolution time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum, auto
from typing import Any, Protocol, TypeVar, cast

T = TypeVar("T")


class Lifetime(Enum):
    SINGLETON = auto()
    SCOPED = auto()
    TRANSIENT = auto()


class UnregisteredError(LookupError):
    pass


class CaptiveDependencyError(RuntimeError):
    pass


class Resolver(Protocol):
    def resolve(self, key: type[T]) -> T: ...

    def on_close(self, finalizer: Callable[[], None]) -> None: ...


Factory = Callable[[Resolver], Any]


@dataclass(frozen=True, slots=True)
class Registration:
    factory: Factory
    lifetime: Lifetime


class Container:
    def __init__(self) -> None:
        self._registrations: dict[type[Any], Registration] = {}
        self._singletons: dict[type[Any], Any] = {}
        self._finalizers: list[Callable[[], None]] = []
        self._lock = threading.RLock()

    # -- registration -----------------------------------------------------

    def register(
        self,
        key: type[T],
        factory: Callable[[Resolver], T],
        lifetime: Lifetime = Lifetime.TRANSIENT,
    ) -> None:
        with self._lock:
            self._registrations[key] = Registration(factory, lifetime)
            self._singletons.pop(key, None)

    def instance(self, key: type[T], value: T) -> None:
        """Register an already-built singleton."""
        self.register(key, lambda _: value, Lifetime.SINGLETON)

    @contextmanager
    def override(
        self, key: type[T], factory: Callable[[Resolver], T], lifetime: Lifetime | None = None
    ) -> Iterator[None]:
        """Temporarily replace a registration (tests)."""
        with self._lock:
            previous = self._registrations.get(key)
            previous_instance = self._singletons.pop(key, None)
            new_lifetime = lifetime or (previous.lifetime if previous else Lifetime.TRANSIENT)
            self._registrations[key] = Registration(factory, new_lifetime)
        try:
            yield
        finally:
            with self._lock:
                self._singletons.pop(key, None)
                if previous is None:
                    self._registrations.pop(key, None)
                else:
                    self._registrations[key] = previous
                    if previous_instance is not None:
                        self._singletons[key] = previous_instance

    def registration(self, key: type[Any]) -> Registration:
        try:
            return self._registrations[key]
        except KeyError:
            raise UnregisteredError(f"nothing registered for {key.__qualname__}") from None

    # -- resolution -------------------------------------------------------

    def create_scope(self) -> Scope:
        return Scope(self)

    def resolve(self, key: type[T]) -> T:
        """Resolve outside any scope. Scoped services are refused."""
        return _RootResolver(self).resolve(key)

    def singleton(self, key: type[T], registration: Registration) -> T:
        with self._lock:
            if key not in self._singletons:
                self._singletons[key] = registration.factory(_RootResolver(self))
            return cast(T, self._singletons[key])

    def on_close(self, finalizer: Callable[[], None]) -> None:
        self._finalizers.append(finalizer)

    def close(self) -> None:
        with self._lock:
            while self._finalizers:
                self._finalizers.pop()()
            self._singletons.clear()


class _RootResolver:
    """Resolver handed to singleton factories: it cannot produce scoped services."""

    def __init__(self, container: Container) -> None:
        self._container = container

    def resolve(self, key: type[T]) -> T:
        registration = self._container.registration(key)
        match registration.lifetime:
            case Lifetime.SINGLETON:
                return self._container.singleton(key, registration)
            case Lifetime.TRANSIENT:
                return cast(T, registration.factory(self))
            case Lifetime.SCOPED:
                raise CaptiveDependencyError(
                    f"{key.__qualname__} is scoped and cannot be resolved outside a scope "
                    "(is a singleton depending on it?)"
                )

    def on_close(self, finalizer: Callable[[], None]) -> None:
        self._container.on_close(finalizer)


class Scope:
    def __init__(self, container: Container) -> None:
        self._container = container
        self._instances: dict[type[Any], Any] = {}
        self._finalizers: list[Callable[[], None]] = []
        self._closed = False

    def resolve(self, key: type[T]) -> T:
        if self._closed:
            raise RuntimeError("scope is closed")
        registration = self._container.registration(key)
        match registration.lifetime:
            case Lifetime.SINGLETON:
                return self._container.singleton(key, registration)
            case Lifetime.TRANSIENT:
                return cast(T, registration.factory(self))
            case Lifetime.SCOPED:
                if key not in self._instances:
                    self._instances[key] = registration.factory(self)
                return cast(T, self._instances[key])

    def on_close(self, finalizer: Callable[[], None]) -> None:
        self._finalizers.append(finalizer)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        while self._finalizers:
            self._finalizers.pop()()
        self._instances.clear()

    def __enter__(self) -> Scope:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
