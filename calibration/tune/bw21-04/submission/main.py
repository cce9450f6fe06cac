from __future__ import annotations

import orjson
from fastapi import FastAPI, HTTPException, Path, Query, Response, Security
from fastapi.security import APIKeyHeader

from cache import LRU
from schemas import (
    CommentIn,
    CommentOut,
    Credentials,
    ErrorOut,
    KeyOut,
    PostIn,
    PostOut,
    UserOut,
)
from store import Comment, Post, Store, User, hash_pw

JSON = "application/json"

app = FastAPI(
    title="Blog API",
    version="0.1.0",
    description="In-memory blog API. Auth: send the key from `POST /auth/token` "
    "in the `X-API-Key` header.",
)

store = Store()
# (limit, offset) -> serialized page
post_pages = LRU(512)
# (post_id, limit, offset) -> serialized page
comment_pages = LRU(2048)

api_key = APIKeyHeader(name="X-API-Key", auto_error=False)

AUTH_ERR = {401: {"model": ErrorOut, "description": "Missing or invalid API key"}}
NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "Not your post"}}


async def current_user(key: str | None = Security(api_key)) -> User:
    user = store.user_for_key(key) if key else None
    if user is None:
        raise HTTPException(401, "missing or invalid API key")
    return user


def post_bytes(p: Post) -> bytes:
    b = p.json
    if b is None:
        b = p.json = orjson.dumps(
            {"id": p.id, "title": p.title, "content": p.content,
             "author": p.author, "created_at": p.created_at}
        )
    return b


def comment_bytes(c: Comment) -> bytes:
    b = c.json
    if b is None:
        b = c.json = orjson.dumps(
            {"id": c.id, "post_id": c.post_id, "body": c.body,
             "author": c.author, "created_at": c.created_at}
        )
    return b


def get_post(post_id: int) -> Post:
    p = store.posts.get(post_id)
    if p is None:
        raise HTTPException(404, "post not found")
    return p


# ---------------------------------------------------------------- auth

@app.post("/auth/register", status_code=201, response_model=UserOut, tags=["auth"],
          responses={409: {"model": ErrorOut}})
async def register(body: Credentials) -> UserOut:
    user = store.add_user(body.username, body.password)
    if user is None:
        raise HTTPException(409, "username taken")
    return UserOut(id=user.id, username=user.name)


@app.post("/auth/token", response_model=KeyOut, tags=["auth"], responses={401: {"model": ErrorOut}})
async def login(body: Credentials) -> KeyOut:
    user = store.users_by_name.get(body.username)
    if user is None or hash_pw(body.password, user.salt) != user.pw_hash:
        raise HTTPException(401, "bad username or password")
    return KeyOut(access_token=store.issue_key(user))


# ---------------------------------------------------------------- posts

@app.get("/posts", response_model=list[PostOut], tags=["posts"])
async def list_posts(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)) -> Response:
    key = (limit, offset)
    body = post_pages.get(key)
    if body is None:
        posts = store.posts
        body = b"[" + b",".join([post_bytes(posts[i]) for i in store.page_ids(limit, offset)]) + b"]"
        post_pages.put(key, body)
    return Response(body, media_type=JSON)


@app.post("/posts", status_code=201, response_model=PostOut, tags=["posts"], responses=AUTH_ERR)
async def create_post(body: PostIn, user: User = Security(current_user)) -> Response:
    p = store.add_post(user, body.title, body.content)
    post_pages.clear()
    return Response(post_bytes(p), status_code=201, media_type=JSON)


@app.get("/posts/{post_id}", response_model=PostOut, tags=["posts"], responses=NOT_FOUND)
async def read_post(post_id: int = Path(ge=1)) -> Response:
    return Response(post_bytes(get_post(post_id)), media_type=JSON)


@app.put("/posts/{post_id}", response_model=PostOut, tags=["posts"],
         responses={**AUTH_ERR, **FORBIDDEN, **NOT_FOUND})
async def update_post(body: PostIn, post_id: int = Path(ge=1),
                      user: User = Security(current_user)) -> Response:
    p = get_post(post_id)
    if p.author_id != user.id:
        raise HTTPException(403, "not your post")
    p.title = body.title
    p.content = body.content
    p.json = None
    return Response(post_bytes(p), media_type=JSON)


@app.delete("/posts/{post_id}", status_code=204, response_class=Response, tags=["posts"],
            responses={**AUTH_ERR, **FORBIDDEN, **NOT_FOUND})
async def delete_post(post_id: int = Path(ge=1), user: User = Security(current_user)) -> Response:
    p = get_post(post_id)
    if p.author_id != user.id:
        raise HTTPException(403, "not your post")
    store.delete_post(post_id)
    post_pages.clear()
    comment_pages.clear()
    return Response(status_code=204)


# ------------------------------------------------------------- comments

@app.post("/posts/{post_id}/comments", status_code=201, response_model=CommentOut,
          tags=["comments"], responses={**AUTH_ERR, **NOT_FOUND})
async def add_comment(body: CommentIn, post_id: int = Path(ge=1),
                      user: User = Security(current_user)) -> Response:
    get_post(post_id)
    c = store.add_comment(post_id, user, body.body)
    comment_pages.clear()
    return Response(comment_bytes(c), status_code=201, media_type=JSON)


@app.get("/posts/{post_id}/comments", response_model=list[CommentOut], tags=["comments"],
         responses=NOT_FOUND)
async def list_comments(post_id: int = Path(ge=1), limit: int = Query(20, ge=1, le=100),
                        offset: int = Query(0, ge=0)) -> Response:
    get_post(post_id)
    key = (post_id, limit, offset)
    body = comment_pages.get(key)
    if body is None:
        page = store.comments[post_id][offset:offset + limit]
        body = b"[" + b",".join([comment_bytes(c) for c in page]) + b"]"
        comment_pages.put(key, body)
    return Response(body, media_type=JSON)


@app.get("/_stats", include_in_schema=False)
async def stats() -> dict[str, int]:
    return {
        "users": len(store.users),
        "posts": len(store.posts),
        "post_page_hits": post_pages.hits,
        "post_page_misses": post_pages.misses,
        "comment_page_hits": comment_pages.hits,
        "comment_page_misses": comment_pages.misses,
    }
