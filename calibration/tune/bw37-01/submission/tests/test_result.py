from inkwell.result import Err, Ok, from_optional


def test_map_applies_only_to_ok() -> None:
    assert Ok(2).map(lambda x: x * 10) == Ok(20)
    assert Err("boom").map(lambda x: x * 10) == Err("boom")


def test_and_then_short_circuits_on_err() -> None:
    def half(n: int) -> Ok[int] | Err[str]:
        return Ok(n // 2) if n % 2 == 0 else Err(f"{n} is odd")

    assert Ok(8).and_then(half).and_then(half) == Ok(2)
    assert Ok(6).and_then(half).and_then(half) == Err("3 is odd")


def test_map_err_and_unwrap_or() -> None:
    assert Err(1).map_err(str) == Err("1")
    assert Err(1).unwrap_or(0) == 0
    assert Ok(5).unwrap_or(0) == 5


def test_from_optional() -> None:
    assert from_optional(None, "missing") == Err("missing")
    assert from_optional(0, "missing") == Ok(0)
