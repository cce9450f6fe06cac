"""A tiny |> for Python."""

from functools import reduce


def pipe(value, *fns):
    """pipe(x, f, g, h) == h(g(f(x)))"""
    return reduce(lambda acc, fn: fn(acc), fns, value)
