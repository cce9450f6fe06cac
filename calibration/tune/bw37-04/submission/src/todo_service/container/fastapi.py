"""FastAPI glue: one container scope per request, and ``Inject(SomeType)``.

Both dependencies are plain ``def`` on purpose: resolving a scoped service may
open a database session, so FastAPI runs them in its threadpool.
"""

from collections.abc import Iterator
from typing import Any, TypeVar

from fastapi import Depends, Request

from .container import Container, Scope

T = TypeVar("T")


def request_scope(request: Request) -> Iterator[Scope]:
    container: Container = request.app.state.container
    with container.create_scope() as scope:
        yield scope


def Inject(key: type[T]) -> Any:  # noqa: N802 - reads like a type in signatures
    def _resolve(scope: Scope = Depends(request_scope)) -> T:
        return scope.resolve(key)

    _resolve.__name__ = f"inject_{key.__name__}"
    return Depends(_resolve)
