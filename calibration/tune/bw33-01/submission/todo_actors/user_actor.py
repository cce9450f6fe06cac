"""UserActor owns the user registry.

Password hashing happens here, inside the actor, so the HTTP handlers only ever
`ask` and never do the expensive work themselves.
"""
from __future__ import annotations

from itertools import count
from typing import Any

import bcrypt

from .actor import Actor
from .messages import (
    Authenticate,
    InvalidCredentials,
    LookupUser,
    Register,
    User,
    UsernameTaken,
)

# a hash to compare against when the username is unknown, so both paths cost the same
_DUMMY_HASH = bcrypt.hashpw(b"not-a-real-password", bcrypt.gensalt())


class UserActor(Actor):
    def __init__(self) -> None:
        super().__init__("users")
        self._ids = count(1)
        self._by_id: dict[int, User] = {}
        self._by_name: dict[str, User] = {}

    async def receive(self, message: Any) -> Any:
        match message:
            case Register(username=username, password=password):
                key = username.lower()
                if key in self._by_name:
                    return UsernameTaken(username)
                hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
                user = User(id=next(self._ids), username=username, password_hash=hashed)
                self._by_id[user.id] = user
                self._by_name[key] = user
                return user

            case Authenticate(username=username, password=password):
                user = self._by_name.get(username.lower())
                stored = user.password_hash if user else _DUMMY_HASH
                if bcrypt.checkpw(password.encode(), stored) and user is not None:
                    return user
                return InvalidCredentials()

            case LookupUser(user_id=user_id):
                return self._by_id.get(user_id)

            case _:
                raise TypeError(f"UserActor cannot handle {message!r}")
