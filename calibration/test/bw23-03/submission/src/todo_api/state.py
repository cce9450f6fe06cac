"""The one piece of mutable state in the app, treated like a Clojure atom.

The whole database is a single nested dict. Nobody mutates it: every change
is a pure function from the old value to a new one, applied with `swap`.
Readers take a snapshot with `deref` and can look at it as long as they like.
"""

import threading

EMPTY = {
    "seq": 0,          # last id handed out (users and todos share it)
    "users": {},       # user-id -> {"id", "username", "password-hash"}
    "usernames": {},   # username -> user-id
    "keys": {},        # api-key -> {"user-id", "expires-at"}
    "todos": {},       # user-id -> {todo-id -> todo}
}

_lock = threading.Lock()
_state = EMPTY


def deref():
    return _state


def swap(f, *args):
    """Apply f(state, *args) atomically; return (old, new) like swap-vals!."""
    global _state
    with _lock:
        old = _state
        _state = f(old, *args)
        return old, _state


def reset(value=EMPTY):
    global _state
    with _lock:
        _state = value
