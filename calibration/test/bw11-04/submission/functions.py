import time
import secrets

import bcrypt
from fastapi import Request
from fastapi.responses import JSONResponse

from config import CONFIG
from db import query_one, execute


def json_error(message, code=400):
    return JSONResponse({"error": message}, status_code=code)


def password_hash(password):
    # same as PHP password_hash(PASSWORD_BCRYPT)
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


def password_verify(password, hashed):
    return bcrypt.checkpw(password.encode(), hashed.encode())


def create_token(user_id):
    token = secrets.token_hex(32)
    expires = int(time.time()) + CONFIG["token_lifetime"]
    execute("INSERT INTO sessions (token, user_id, expires_at) VALUES (?, ?, ?)",
            [token, user_id, expires])
    return token


def get_logged_user(request: Request):
    # read "Authorization: Bearer xxx", return the user array or None
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    token = header[7:]
    session = query_one("SELECT * FROM sessions WHERE token = ?", [token])
    if session is None or session["expires_at"] < time.time():
        return None
    return query_one("SELECT id, username FROM users WHERE id = ?", [session["user_id"]])


def get_paging(request: Request):
    limit = int(request.query_params.get("limit", CONFIG["posts_per_page"]))
    offset = int(request.query_params.get("offset", 0))
    if limit > CONFIG["max_per_page"]:
        limit = CONFIG["max_per_page"]
    if offset < 0:
        offset = 0
    return limit, offset
