from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.security import check_password_hash, generate_password_hash

router = APIRouter(prefix="/auth", tags=["auth"])


def _serializer(app):
    return URLSafeTimedSerializer(app.state.config["SECRET_KEY"], salt="auth-token")


def login_required(request: Request) -> dict:
    """Dependency version of @login_required. Returns the logged-in user."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        raise HTTPException(401, "Authentication required.", headers={"WWW-Authenticate": "Bearer"})
    try:
        user_id = _serializer(request.app).loads(
            header[len("Bearer "):], max_age=request.app.state.config["TOKEN_MAX_AGE"]
        )
    except BadSignature:
        raise HTTPException(401, "Invalid or expired token.", headers={"WWW-Authenticate": "Bearer"})

    user = request.state.db.execute("SELECT * FROM user WHERE id = ?", (user_id,)).fetchone()
    if user is None:
        raise HTTPException(401, "Invalid or expired token.", headers={"WWW-Authenticate": "Bearer"})
    return dict(user)


@router.post("/register", status_code=201)
async def register(request: Request):
    data = await request.json()
    username = data.get("username")
    password = data.get("password")
    db = request.state.db

    error = None
    if not username:
        error = "Username is required."
    elif not password:
        error = "Password is required."
    elif len(password) < 8:
        error = "Password must be at least 8 characters."
    if error is not None:
        return JSONResponse({"error": error}, status_code=400)

    try:
        cur = db.execute(
            "INSERT INTO user (username, password) VALUES (?, ?)",
            (username, generate_password_hash(password)),
        )
        db.commit()
    except db.IntegrityError:
        return JSONResponse({"error": f"User {username} is already registered."}, status_code=409)

    return {"id": cur.lastrowid, "username": username}


@router.post("/login")
async def login(request: Request):
    data = await request.json()
    username = data.get("username")
    password = data.get("password")
    db = request.state.db

    user = db.execute("SELECT * FROM user WHERE username = ?", (username,)).fetchone()
    if user is None or not check_password_hash(user["password"], password or ""):
        return JSONResponse({"error": "Incorrect username or password."}, status_code=401)

    token = _serializer(request.app).dumps(user["id"])
    return {"token": token, "token_type": "bearer"}


@router.get("/me")
def me(user: dict = Depends(login_required)):
    return user
