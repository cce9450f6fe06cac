from functools import reduce
from typing import Any, Callable


def pipe(value: Any, *functions: Callable[[Any], Any]) -> Any:
    """value |> f |> g |> h   ==   pipe(value, f, g, h)"""
    return reduce(lambda acc, fun: fun(acc), functions, value)
