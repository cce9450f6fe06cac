import base64
import binascii
import functools

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.security import check_password_hash, generate_password_hash

from blog.db import get_db
from blog.globals import config, g

bp = APIRouter(prefix="/auth", tags=["auth"])


def _serializer():
    return URLSafeTimedSerializer(config["SECRET_KEY"], salt="auth-token")


def generate_token(user_id):
    return _serializer().dumps({"id": user_id})


def verify_token(token):
    try:
        data = _serializer().loads(token, max_age=config["TOKEN_MAX_AGE"])
    except BadSignature:
        return None
    return data.get("id")


def load_logged_in_user(request):
    """Runs before every request: if a valid token was sent, load the user into g.user."""
    g.user = None
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        user_id = verify_token(header[len("Bearer "):])
        if user_id is not None:
            g.user = get_db().execute("SELECT * FROM user WHERE id = ?", (user_id,)).fetchone()


def login_required(view):
    """View decorator that answers 401 unless a user is logged in."""

    @functools.wraps(view)
    async def wrapped_view(*args, **kwargs):
        if g.user is None:
            raise HTTPException(status_code=401, detail="Authentication required.")
        return await view(*args, **kwargs)

    return wrapped_view


def _basic_auth(request):
    header = request.headers.get("Authorization", "")
    if not header.startswith("Basic "):
        return None, None
    try:
        decoded = base64.b64decode(header[len("Basic "):]).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None, None
    username, _, password = decoded.partition(":")
    return username, password


@bp.post("/register", status_code=201)
async def register(request: Request):
    """Register a new user. Body: {"username": ..., "password": ...}"""
    data = await request.json()
    username = data.get("username")
    password = data.get("password")
    db = get_db()
    error = None

    if not username:
        error = "Username is required."
    elif not password:
        error = "Password is required."
    elif len(password) < 8:
        error = "Password must be at least 8 characters."

    if error is None:
        try:
            cur = db.execute(
                "INSERT INTO user (username, password) VALUES (?, ?)",
                (username, generate_password_hash(password)),
            )
            db.commit()
        except db.IntegrityError:
            error = f"User {username} is already registered."
        else:
            return {"id": cur.lastrowid, "username": username}

    return JSONResponse({"error": error}, status_code=400)


@bp.post("/token")
async def token(request: Request):
    """Exchange HTTP Basic credentials for a bearer token."""
    username, password = _basic_auth(request)
    user = None
    error = None

    if username:
        user = get_db().execute("SELECT * FROM user WHERE username = ?", (username,)).fetchone()

    if user is None:
        error = "Incorrect username."
    elif not check_password_hash(user["password"], password):
        error = "Incorrect password."

    if error is not None:
        return JSONResponse(
            {"error": error}, status_code=401, headers={"WWW-Authenticate": 'Basic realm="blog"'}
        )

    return {"access_token": generate_token(user["id"]), "token_type": "bearer"}
