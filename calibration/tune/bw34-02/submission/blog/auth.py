import sqlite3

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from werkzeug.security import check_password_hash, generate_password_hash

from .db import get_db
from .schemas import Token, UserIn, UserOut

bp = APIRouter(prefix="/auth", tags=["auth"])

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")
oauth2_scheme_optional = OAuth2PasswordBearer(tokenUrl="/auth/login", auto_error=False)


def _serializer(request):
    return URLSafeTimedSerializer(request.app.state.config["SECRET_KEY"], salt="auth-token")


def _unauthorized(msg="Not authenticated"):
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=msg,
        headers={"WWW-Authenticate": "Bearer"},
    )


@bp.post("/register", status_code=201, response_model=UserOut)
def register(user: UserIn, db: sqlite3.Connection = Depends(get_db)):
    try:
        cur = db.execute(
            "INSERT INTO user (username, password) VALUES (?, ?)",
            (user.username, generate_password_hash(user.password)),
        )
        db.commit()
    except db.IntegrityError:
        raise HTTPException(status_code=409, detail=f"User {user.username} is already registered.")
    return {"id": cur.lastrowid, "username": user.username}


@bp.post("/login", response_model=Token)
def login(
    request: Request,
    form: OAuth2PasswordRequestForm = Depends(),
    db: sqlite3.Connection = Depends(get_db),
):
    user = db.execute(
        "SELECT * FROM user WHERE username = ?", (form.username,)
    ).fetchone()

    if user is None or not check_password_hash(user["password"], form.password):
        raise _unauthorized("Incorrect username or password.")

    token = _serializer(request).dumps({"uid": user["id"]})
    return {"access_token": token, "token_type": "bearer"}


def load_logged_in_user(request: Request, token, db):
    """Like flaskr's load_logged_in_user: puts the user on request.state (our `g`)."""
    try:
        data = _serializer(request).loads(
            token, max_age=request.app.state.config["TOKEN_MAX_AGE"]
        )
    except SignatureExpired:
        raise _unauthorized("Token expired.")
    except BadSignature:
        raise _unauthorized("Invalid token.")

    user = db.execute(
        "SELECT id, username FROM user WHERE id = ?", (data.get("uid"),)
    ).fetchone()
    if user is None:
        raise _unauthorized("Invalid token.")
    request.state.user = user
    return user


def login_required(
    request: Request,
    token: str = Depends(oauth2_scheme),
    db: sqlite3.Connection = Depends(get_db),
):
    """Dependency version of the @login_required decorator."""
    return load_logged_in_user(request, token, db)


@bp.get("/me", response_model=UserOut)
def me(user=Depends(login_required)):
    return dict(user)
