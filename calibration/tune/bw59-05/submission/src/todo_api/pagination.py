"""Opaque keyset cursors.

A cursor is the url-safe base64 of ``{"after": <last id>}``. It is not signed on
purpose: every query is also filtered by the authenticated owner, so a forged
cursor can only move within the caller's own todos.
"""

import base64
import binascii
import json

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 1_000_000  # deeper than this, use the cursor
_MAX_ID = 2**63 - 1  # SQLite INTEGER range


class InvalidCursorError(ValueError):
    pass


def encode_cursor(last_id: int) -> str:
    raw = json.dumps({"after": last_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    padded = cursor + "=" * (-len(cursor) % 4)
    try:
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        after = data["after"]
    except (binascii.Error, ValueError, KeyError, TypeError) as exc:
        raise InvalidCursorError("malformed cursor") from exc
    if type(after) is not int or not 0 <= after <= _MAX_ID:
        raise InvalidCursorError("malformed cursor")
    return after
