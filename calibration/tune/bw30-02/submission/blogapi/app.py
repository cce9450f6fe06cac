import json
import sqlite3

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response

from . import config, db, security, validate
from .validate import ValidationError

app = FastAPI(
    title="blogapi",
    docs_url="/docs" if config.ENABLE_DOCS else None,
    redoc_url=None,
    openapi_url="/openapi.json" if config.ENABLE_DOCS else None,
)

if config.CORS_ORIGINS:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=config.CORS_ORIGINS,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    )

MAX_BODY = 64 * 1024


@app.on_event("startup")
def _startup() -> None:
    db.init_db()


@app.middleware("http")
async def security_headers(request: Request, call_next):
    cl = request.headers.get("content-length")
    if cl is not None and (not cl.isdigit() or int(cl) > MAX_BODY):
        return JSONResponse({"error": "request body too large"}, status_code=413)
    response = await call_next(request)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
    return response


@app.exception_handler(ValidationError)
async def _validation(_: Request, exc: ValidationError) -> JSONResponse:
    return JSONResponse({"error": "validation", "field": exc.field, "detail": exc.msg}, status_code=422)


@app.exception_handler(Exception)
async def _unhandled(_: Request, exc: Exception) -> JSONResponse:
    # never leak stack traces / SQL to the client
    return JSONResponse({"error": "internal error"}, status_code=500)


# ---------------------------------------------------------------- helpers

def err(status: int, msg: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": msg}, status_code=status, headers=headers or None)


def unauthorized() -> JSONResponse:
    return err(401, "authentication required", **{"WWW-Authenticate": "Bearer"})


async def read_json(request: Request) -> dict:
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("application/json"):
        raise ValidationError("body", "Content-Type must be application/json")
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ValidationError("body", "malformed JSON")
    return validate.require_obj(body)


def current_user_id(request: Request) -> int | None:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    uid = security.read_token(token.strip())
    if uid is None:
        return None
    with db.connect() as conn:
        row = conn.execute("SELECT id FROM users WHERE id = ?", (uid,)).fetchone()
    return row["id"] if row else None


def parse_id(raw: str) -> int | None:
    if not raw.isdigit() or len(raw) > 18:
        return None
    return int(raw)


def post_out(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "title": row["title"],
        "content": row["content"],
        "author": row["author"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def comment_out(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "post_id": row["post_id"],
        "author": row["author"],
        "content": row["content"],
        "created_at": row["created_at"],
    }


POST_SELECT = (
    "SELECT p.id, p.title, p.content, p.created_at, p.updated_at, u.username AS author "
    "FROM posts p JOIN users u ON u.id = p.author_id "
)


# ---------------------------------------------------------------- auth

@app.post("/auth/register")
async def register(request: Request):
    body = await read_json(request)
    username = validate.username(body)
    password = validate.password(body)
    pw_hash = security.hash_password(password)
    try:
        with db.connect() as conn:
            cur = conn.execute(
                "INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash)
            )
            uid = cur.lastrowid
    except sqlite3.IntegrityError:
        return err(409, "username not available")
    return JSONResponse({"id": uid, "username": username}, status_code=201)


@app.post("/auth/login")
async def login(request: Request):
    body = await read_json(request)
    username = body.get("username")
    password = body.get("password")
    if not isinstance(username, str) or not isinstance(password, str) or len(password) > validate.PASSWORD_MAX:
        return err(401, "invalid credentials")

    ip = request.client.host if request.client else "?"
    key = f"{ip}|{username.lower()}"
    if security.throttle.blocked(key):
        return err(429, "too many attempts, try again later")

    with db.connect() as conn:
        row = conn.execute("SELECT id, pw_hash FROM users WHERE username = ?", (username,)).fetchone()

    if not security.verify_password(row["pw_hash"] if row else None, password):
        security.throttle.fail(key)
        return err(401, "invalid credentials")

    security.throttle.reset(key)
    return {"access_token": security.issue_token(row["id"]), "token_type": "bearer",
            "expires_in": config.JWT_TTL_SECONDS}


# ---------------------------------------------------------------- posts

@app.get("/posts")
async def list_posts(request: Request):
    limit, offset = validate.page(request.query_params)
    with db.connect() as conn:
        rows = conn.execute(
            POST_SELECT + "ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?", (limit, offset)
        ).fetchall()
        total = conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
    return {"items": [post_out(r) for r in rows], "total": total, "limit": limit, "offset": offset}


@app.post("/posts")
async def create_post(request: Request):
    uid = current_user_id(request)
    if uid is None:
        return unauthorized()
    body = await read_json(request)
    title = validate.text(body, "title", validate.TITLE_MAX)
    content = validate.text(body, "content", validate.CONTENT_MAX)
    with db.connect() as conn:
        cur = conn.execute(
            "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)", (uid, title, content)
        )
        row = conn.execute(POST_SELECT + "WHERE p.id = ?", (cur.lastrowid,)).fetchone()
    return JSONResponse(post_out(row), status_code=201)


@app.get("/posts/{post_id}")
async def get_post(post_id: str):
    pid = parse_id(post_id)
    if pid is None:
        return err(404, "post not found")
    with db.connect() as conn:
        row = conn.execute(POST_SELECT + "WHERE p.id = ?", (pid,)).fetchone()
    if row is None:
        return err(404, "post not found")
    return post_out(row)


EDITABLE = {"title": validate.TITLE_MAX, "content": validate.CONTENT_MAX}


@app.put("/posts/{post_id}")
async def update_post(post_id: str, request: Request):
    uid = current_user_id(request)
    if uid is None:
        return unauthorized()
    pid = parse_id(post_id)
    if pid is None:
        return err(404, "post not found")
    body = await read_json(request)
    unknown = set(body) - set(EDITABLE)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "field not editable")
    changes = {f: validate.text(body, f, mx, required=False) for f, mx in EDITABLE.items() if f in body}
    if not changes:
        raise ValidationError("body", "nothing to update")

    with db.connect() as conn:
        owner = conn.execute("SELECT author_id FROM posts WHERE id = ?", (pid,)).fetchone()
        if owner is None:
            return err(404, "post not found")
        if owner["author_id"] != uid:
            return err(403, "not the author of this post")
        # column names come from the EDITABLE allow-list above, values are bound
        assignments = ", ".join(f"{col} = ?" for col in changes)
        conn.execute(
            f"UPDATE posts SET {assignments}, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?",
            (*changes.values(), pid),
        )
        row = conn.execute(POST_SELECT + "WHERE p.id = ?", (pid,)).fetchone()
    return post_out(row)


@app.delete("/posts/{post_id}")
async def delete_post(post_id: str, request: Request):
    uid = current_user_id(request)
    if uid is None:
        return unauthorized()
    pid = parse_id(post_id)
    if pid is None:
        return err(404, "post not found")
    with db.connect() as conn:
        owner = conn.execute("SELECT author_id FROM posts WHERE id = ?", (pid,)).fetchone()
        if owner is None:
            return err(404, "post not found")
        if owner["author_id"] != uid:
            return err(403, "not the author of this post")
        conn.execute("DELETE FROM posts WHERE id = ?", (pid,))
    return Response(status_code=204)


# ---------------------------------------------------------------- comments

@app.get("/posts/{post_id}/comments")
async def list_comments(post_id: str, request: Request):
    pid = parse_id(post_id)
    if pid is None:
        return err(404, "post not found")
    limit, offset = validate.page(request.query_params)
    with db.connect() as conn:
        if conn.execute("SELECT 1 FROM posts WHERE id = ?", (pid,)).fetchone() is None:
            return err(404, "post not found")
        rows = conn.execute(
            "SELECT c.id, c.post_id, c.content, c.created_at, u.username AS author "
            "FROM comments c JOIN users u ON u.id = c.author_id "
            "WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
            (pid, limit, offset),
        ).fetchall()
    return {"items": [comment_out(r) for r in rows], "limit": limit, "offset": offset}


@app.post("/posts/{post_id}/comments")
async def create_comment(post_id: str, request: Request):
    uid = current_user_id(request)
    if uid is None:
        return unauthorized()
    pid = parse_id(post_id)
    if pid is None:
        return err(404, "post not found")
    body = await read_json(request)
    content = validate.text(body, "content", validate.COMMENT_MAX)
    with db.connect() as conn:
        if conn.execute("SELECT 1 FROM posts WHERE id = ?", (pid,)).fetchone() is None:
            return err(404, "post not found")
        cur = conn.execute(
            "INSERT INTO comments (post_id, author_id, content) VALUES (?, ?, ?)", (pid, uid, content)
        )
        row = conn.execute(
            "SELECT c.id, c.post_id, c.content, c.created_at, u.username AS author "
            "FROM comments c JOIN users u ON u.id = c.author_id WHERE c.id = ?",
            (cur.lastrowid,),
        ).fetchone()
    return JSONResponse(comment_out(row), status_code=201)
