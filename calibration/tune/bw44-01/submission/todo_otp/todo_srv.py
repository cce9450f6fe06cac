"""todo_srv: the process that owns Tab.

Every clause of handle_call returns (Reply, NewState). Replies are tagged
tuples, ("ok", Value) or ("error", Reason), and the HTTP layer maps reasons
to status codes. Nothing in here talks HTTP.
"""
from __future__ import annotations

import secrets
import time
from typing import Any

from . import pwhash
from .tab import Tab, TodoRec, TokenRec, UserRec

TOKEN_TTL = 3600.0

Reply = tuple[str, Any]


def handle_call(request: tuple[Any, ...], tab: Tab) -> tuple[Reply, Tab]:
    match request:
        case ("signup", str(username), str(pw_hash)):
            if username in tab.users:
                return ("error", "already_exists"), tab
            tab.users[username] = UserRec(username, pw_hash)
            tab.todos[username] = {}
            return ("ok", username), tab

        case ("login", str(username), str(password)):
            user = tab.users.get(username)
            if user is None or not pwhash.verify_password(password, user.pw_hash):
                return ("error", "bad_credentials"), tab
            token = secrets.token_urlsafe(32)
            tab.tokens[token] = TokenRec(username, time.time() + TOKEN_TTL)
            return ("ok", (token, int(TOKEN_TTL))), tab

        case ("whois", str(token)):
            rec = tab.tokens.get(token)
            if rec is None:
                return ("error", "no_token"), tab
            if rec.expires_at < time.time():
                del tab.tokens[token]
                return ("error", "expired"), tab
            return ("ok", rec.username), tab

        case ("create", str(owner), dict(fields)):
            todo = TodoRec(
                id=next(tab.seq),
                owner=owner,
                title=fields["title"],
                description=fields.get("description"),
                done=False,
            )
            tab.todos.setdefault(owner, {})[todo.id] = todo
            return ("ok", todo), tab

        case ("list", str(owner), int(limit), int(offset)):
            mine = list(tab.todos.get(owner, {}).values())
            return ("ok", (mine[offset:offset + limit], len(mine))), tab

        case ("read", str(owner), int(todo_id)):
            todo = tab.todos.get(owner, {}).get(todo_id)
            if todo is None:
                return ("error", "not_found"), tab
            return ("ok", todo), tab

        case ("update", str(owner), int(todo_id), dict(changes)):
            todo = tab.todos.get(owner, {}).get(todo_id)
            if todo is None:
                return ("error", "not_found"), tab
            for k, v in changes.items():
                setattr(todo, k, v)
            return ("ok", todo), tab

        case ("delete", str(owner), int(todo_id)):
            if tab.todos.get(owner, {}).pop(todo_id, None) is None:
                return ("error", "not_found"), tab
            return ("ok", todo_id), tab

        case _:
            # unknown message: crash, the supervisor restarts us
            raise ValueError(f"todo_srv: unexpected call {request!r}")


class Mod:
    """Adapter so GenServer can call the module function."""

    @staticmethod
    def handle_call(request: tuple[Any, ...], state: Tab) -> tuple[Reply, Tab]:
        return handle_call(request, state)
