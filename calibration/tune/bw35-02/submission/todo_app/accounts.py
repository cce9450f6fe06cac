"""Accounts context: users, password hashing and auth tokens."""

import hashlib
import hmac
import os
import secrets
import sqlite3
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

from todo_app import repo
from todo_app.changeset import Changeset, apply_action, cast, validate_length, validate_required, validate_type
from todo_app.pipe import pipe

HASH_ITERATIONS = 600_000
TOKEN_MAX_AGE = 60 * 60 * 24  # one day, like Phoenix.Token's default

# Phoenix.Token equivalent: signed + timestamped, verified with max_age
_signer = URLSafeTimedSerializer(os.environ["SECRET_KEY_BASE"], salt="user auth")


# -- passwords ---------------------------------------------------------------

async def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, HASH_ITERATIONS)
    return "$".join(["pbkdf2_sha256", str(HASH_ITERATIONS), salt.hex(), digest.hex()])


async def verify_password(password: str, encoded: str) -> bool:
    match encoded.split("$"):
        case ["pbkdf2_sha256", iterations, salt, expected]:
            digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
            return hmac.compare_digest(digest.hex(), expected)
        case _:
            return False


# -- users -------------------------------------------------------------------

def registration_changeset(params: dict[str, Any]) -> Changeset:
    return pipe(
        cast(params, ["username", "password"]),
        lambda cs: validate_required(cs, ["username", "password"]),
        lambda cs: validate_type(cs, "username", str),
        lambda cs: validate_type(cs, "password", str),
        lambda cs: validate_length(cs, "username", min=3, max=40),
        lambda cs: validate_length(cs, "password", min=8, max=128),
    )


def public_user(user: dict[str, Any]) -> dict[str, Any]:
    return {"id": user["id"], "username": user["username"]}


async def register_user(params: dict[str, Any]) -> tuple[str, Any]:
    match apply_action(registration_changeset(params)):
        case ("ok", {"username": username, "password": password}):
            try:
                user_id = await repo.insert(
                    "INSERT INTO users (username, password_hash) VALUES (?, ?)",
                    (username, await hash_password(password)),
                )
            except sqlite3.IntegrityError:
                return ("error", {"username": ["has already been taken"]})
            return ("ok", {"id": user_id, "username": username})
        case error:
            return error


async def authenticate(params: dict[str, Any]) -> tuple[str, Any]:
    match params:
        case {"username": str(username), "password": str(password)}:
            user = await repo.one("SELECT * FROM users WHERE username = ?", (username,))
            if user is not None and await verify_password(password, user["password_hash"]):
                return ("ok", user)
            return ("error", "unauthorized")
        case _:
            return ("error", {"username": ["can't be blank"], "password": ["can't be blank"]})


# -- tokens ------------------------------------------------------------------

def generate_user_token(user: dict[str, Any]) -> str:
    return _signer.dumps(user["id"])


async def get_user_by_token(token: str) -> tuple[str, Any]:
    try:
        user_id = _signer.loads(token, max_age=TOKEN_MAX_AGE)
    except BadSignature:
        return ("error", "unauthorized")

    match await repo.one("SELECT id, username FROM users WHERE id = ?", (user_id,)):
        case None:
            return ("error", "unauthorized")
        case user:
            return ("ok", user)
