"""Strict input checks for JSON bodies.

I do these by hand instead of relying on pydantic coercion: pydantic in lax mode
accepts "yes", "on", 1 for a bool, and I want a wrong type to be a wrong type.
"""
import re

from fastapi import HTTPException, status

USERNAME_RE = re.compile(r"^[a-z0-9_]{3,32}$")


class BadInput(HTTPException):
    def __init__(self, field: str, msg: str) -> None:
        super().__init__(
            status_code=status.HTTP_422_UNPROCESSABLE_ENTITY,
            detail=[{"loc": ["body", field], "msg": msg}],
        )


def reject_unknown(body: dict, allowed: set[str]) -> None:
    extra = set(body) - allowed
    if extra:
        raise BadInput(sorted(extra)[0], "unknown field")


def req_str(body: dict, key: str, min_len: int, max_len: int) -> str:
    if key not in body:
        raise BadInput(key, "field required")
    return opt_str(body, key, min_len, max_len, allow_null=False)


def opt_str(body: dict, key: str, min_len: int, max_len: int, allow_null: bool = True):
    val = body.get(key)
    if val is None:
        if allow_null:
            return None
        raise BadInput(key, "must not be null")
    if not isinstance(val, str):
        raise BadInput(key, "must be a string")
    val = val.strip()
    if len(val) < min_len or len(val) > max_len:
        raise BadInput(key, f"length must be {min_len}..{max_len}")
    return val


def opt_bool(body: dict, key: str):
    if key not in body:
        return None
    val = body[key]
    if type(val) is not bool:  # isinstance would let 0/1 through? no, but be explicit
        raise BadInput(key, "must be true or false")
    return val


def username(body: dict) -> str:
    name = req_str(body, "username", 3, 32)
    if not USERNAME_RE.match(name):
        raise BadInput("username", "lowercase letters, digits and _ only")
    return name


def password(body: dict) -> str:
    pw = body.get("password")
    if not isinstance(pw, str):
        raise BadInput("password", "must be a string")
    n = len(pw.encode("utf-8"))
    if n < 8 or n > 72:
        raise BadInput("password", "must be 8..72 bytes")
    return pw
