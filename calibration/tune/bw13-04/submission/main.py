# Blog API - hot paths avoid per-request model validation and serialization.
from contextlib import asynccontextmanager
from typing import Any

import orjson
from fastapi import Depends, FastAPI, HTTPException, Request, Response

import auth
import store


@asynccontextmanager
async def lifespan(app: FastAPI):
    stop = auth.start_janitor()
    yield
    stop.set()


app = FastAPI(title="blog", lifespan=lifespan)

JSON = "application/json"


def raw(body: bytes, status: int = 200) -> Response:
    return Response(content=body, status_code=status, media_type=JSON)


async def read_json(request: Request) -> dict[str, Any]:
    try:
        data = orjson.loads(await request.body())
    except orjson.JSONDecodeError:
        raise HTTPException(400, "invalid json")
    if not isinstance(data, dict):
        raise HTTPException(400, "expected object")
    return data


def require(data: dict[str, Any], *keys: str) -> None:
    for k in keys:
        if not data.get(k):
            raise HTTPException(400, f"missing field: {k}")


def clamp_page(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(limit, store.PAGE_MAX)), max(0, offset)


def get_post_or_404(post_id: int) -> store.Post:
    p = store.posts.get(post_id)
    if p is None:
        raise HTTPException(404, "post not found")
    return p


# ---- accounts ---------------------------------------------------------------


@app.post("/signup")
async def signup(request: Request) -> Response:
    data = await read_json(request)
    require(data, "username", "password")
    u = auth.create_user(data["username"], data["password"])
    return raw(orjson.dumps({"id": u.id, "username": u.username}), 201)


@app.post("/login")
async def login(request: Request) -> Response:
    data = await read_json(request)
    require(data, "username", "password")
    uid = store.users_by_name.get(data["username"])
    if uid is None or not auth.check_password(store.users[uid], data["password"]):
        raise HTTPException(401, "bad credentials")
    token = auth.issue_token(store.users[uid])
    return raw(orjson.dumps({"access_token": token, "token_type": "bearer"}))


# ---- posts ------------------------------------------------------------------


@app.get("/posts")
async def list_posts(limit: int = 20, offset: int = 0) -> Response:
    limit, offset = clamp_page(limit, offset)
    return raw(store.post_page(limit, offset))


@app.post("/posts")
async def create_post(request: Request, user: store.User = Depends(auth.current_user)) -> Response:
    data = await read_json(request)
    require(data, "title", "content")
    p = store.add_post(user, data["title"], data["content"])
    return raw(store.post_bytes[p.id], 201)


@app.get("/posts/{post_id}")
async def get_post(post_id: int) -> Response:
    body = store.post_bytes.get(post_id)
    if body is None:
        raise HTTPException(404, "post not found")
    return raw(body)


@app.put("/posts/{post_id}")
async def edit_post(
    post_id: int, request: Request, user: store.User = Depends(auth.current_user)
) -> Response:
    p = get_post_or_404(post_id)
    if p.author_id != user.id:
        raise HTTPException(403, "not your post")
    data = await read_json(request)
    store.update_post(p, data.get("title"), data.get("content"))
    return raw(store.post_bytes[p.id])


@app.delete("/posts/{post_id}")
async def delete_post(post_id: int, user: store.User = Depends(auth.current_user)) -> Response:
    p = get_post_or_404(post_id)
    if p.author_id != user.id:
        raise HTTPException(403, "not your post")
    store.delete_post(p)
    return Response(status_code=204)


# ---- comments ---------------------------------------------------------------


@app.get("/posts/{post_id}/comments")
async def list_comments(post_id: int, limit: int = 20, offset: int = 0) -> Response:
    p = get_post_or_404(post_id)
    limit, offset = clamp_page(limit, offset)
    return raw(store.comment_page(p, limit, offset))


@app.post("/posts/{post_id}/comments")
async def add_comment(
    post_id: int, request: Request, user: store.User = Depends(auth.current_user)
) -> Response:
    p = get_post_or_404(post_id)
    data = await read_json(request)
    require(data, "body")
    c = store.add_comment(p, user, data["body"])
    return raw(store.comment_bytes[c.id], 201)


# ---- debug ------------------------------------------------------------------


@app.get("/_stats")
async def stats() -> Response:
    return raw(
        orjson.dumps(
            {
                **store.stats,
                "posts": len(store.posts),
                "comments": len(store.comments),
                "cached_pages": len(store.page_cache),
                "sessions": len(auth.sessions),
            }
        )
    )
