"""Declarative transaction demarcation, modelled on @Transactional."""
from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy.orm import Session

P = ParamSpec("P")
R = TypeVar("R")


class HasSession(Protocol):
    _session: Session


S = TypeVar("S", bound=HasSession)


def transactional(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    @wraps(method)
    def wrapper(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            result = method(self, *args, **kwargs)
            self._session.commit()
            return result
        except Exception:
            self._session.rollback()
            raise

    return wrapper
