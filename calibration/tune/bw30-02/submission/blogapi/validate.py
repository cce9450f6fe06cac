"""Input validation. Allow-list everything, reject the rest."""
import re
from typing import Any

USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{3,32}$")
# control chars other than \n \r \t are rejected in free text
CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

TITLE_MAX = 200
CONTENT_MAX = 20_000
COMMENT_MAX = 2_000
PASSWORD_MIN = 10
PASSWORD_MAX = 128  # argon2 doesn't care, but don't let people send us 10MB passwords

PAGE_DEFAULT = 20
PAGE_MAX = 100


class ValidationError(Exception):
    def __init__(self, field: str, msg: str):
        super().__init__(f"{field}: {msg}")
        self.field = field
        self.msg = msg


def require_obj(body: Any) -> dict:
    if not isinstance(body, dict):
        raise ValidationError("body", "expected a JSON object")
    return body


def username(body: dict) -> str:
    v = body.get("username")
    if not isinstance(v, str) or not USERNAME_RE.match(v):
        raise ValidationError("username", "3-32 chars, letters, digits, _ . - only")
    return v


def password(body: dict) -> str:
    v = body.get("password")
    if not isinstance(v, str):
        raise ValidationError("password", "required string")
    if not (PASSWORD_MIN <= len(v) <= PASSWORD_MAX):
        raise ValidationError("password", f"length must be {PASSWORD_MIN}-{PASSWORD_MAX}")
    return v


def text(body: dict, field: str, max_len: int, required: bool = True) -> str | None:
    if field not in body:
        if required:
            raise ValidationError(field, "required")
        return None
    v = body[field]
    if not isinstance(v, str):
        raise ValidationError(field, "must be a string")
    v = v.strip()
    if not v:
        raise ValidationError(field, "must not be empty")
    if len(v) > max_len:
        raise ValidationError(field, f"max {max_len} chars")
    if CTRL_RE.search(v):
        raise ValidationError(field, "control characters not allowed")
    return v


def page(params: Any) -> tuple[int, int]:
    def as_int(name: str, default: int, lo: int, hi: int) -> int:
        raw = params.get(name)
        if raw is None:
            return default
        if not re.fullmatch(r"\d{1,9}", raw):
            raise ValidationError(name, "must be a non-negative integer")
        n = int(raw)
        if not (lo <= n <= hi):
            raise ValidationError(name, f"must be between {lo} and {hi}")
        return n

    return as_int("limit", PAGE_DEFAULT, 1, PAGE_MAX), as_int("offset", 0, 0, 10_000_000)
