"""A tiny atom.

One value holds the whole state. Readers `deref` it, writers `swap` a pure function
over it. Writers are serialised by a lock, readers never wait.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

State = dict[str, Any]

EMPTY: State = {"users": {}, "todos": {}, "next-id": 1}

_lock = threading.Lock()
_state: State = EMPTY


def deref() -> State:
    return _state


def swap(f: Callable[..., State], *args: Any) -> State:
    global _state
    with _lock:
        _state = f(_state, *args)
        return _state


def reset(value: State = EMPTY) -> State:
    global _state
    with _lock:
        _state = value
        return _state
