"""Small functional helpers so list endpoints read like a Scala collection pipeline."""

from functools import reduce
from typing import Callable, List, TypeVar

from blog.models import Comment, Post

A = TypeVar("A")


def pipe(value: A, *steps: Callable[[A], A]) -> A:
    return reduce(lambda acc, step: step(acc), steps, value)


def page(offset: int, limit: int) -> Callable[[List[A]], List[A]]:
    return lambda items: items[offset : offset + limit]


def newest_first(posts: List[Post]) -> List[Post]:
    return sorted(posts, key=lambda p: p.created_at, reverse=True)


def oldest_first(comments: List[Comment]) -> List[Comment]:
    return sorted(comments, key=lambda c: c.created_at)
