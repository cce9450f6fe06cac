"""Blog API.

Design notes
------------
* Storage is a single SQLite connection (see db.py). Every read is an indexed lookup
  or a range scan, so the cost of a page is O(limit) rows, never O(table).
* Listing posts fetches the comment counts of the whole page with ONE grouped query
  (db.comment_counts) instead of one query per post - 2 queries per page, not limit + 1.
* Passwords: scrypt with a random 16 byte salt, compared in constant time.
* Sessions: random 256-bit tokens kept in memory with a min-heap for expiry
  (security.SessionStore), so checking a token is O(1) amortised.
* Pagination: offset/limit on "ORDER BY id DESC" - the primary key index gives the
  order for free, no sort step.
"""

from typing import Annotated

import uvicorn
from fastapi import Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

import db
from models import (
    CommentIn,
    CommentOut,
    Credentials,
    PostIn,
    PostOut,
    PostPatch,
    TokenOut,
    UserOut,
)
from security import hash_password, sessions, verify_password

app = FastAPI(title="Blog API")
bearer = HTTPBearer(auto_error=False)

Limit = Annotated[int, Query(ge=1, le=50)]
Offset = Annotated[int, Query(ge=0)]


async def current_user(
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> int:
    if creds is None or (uid := sessions.user_for(creds.credentials)) is None:
        raise HTTPException(401, "not logged in", headers={"WWW-Authenticate": "Bearer"})
    return uid


User = Annotated[int, Depends(current_user)]


def post_or_404(post_id: int) -> dict:
    row = db.one("SELECT * FROM posts WHERE id = ?", (post_id,))
    if row is None:
        raise HTTPException(404, f"post {post_id} not found")
    return dict(row)


@app.post("/signup", status_code=201)
async def signup(body: Credentials) -> UserOut:
    if db.one("SELECT 1 FROM users WHERE username = ?", (body.username,)):
        raise HTTPException(409, "username taken")
    uid = db.write(
        "INSERT INTO users (username, pw_hash) VALUES (?, ?)",
        (body.username, hash_password(body.password)),
    )
    return UserOut(id=uid, username=body.username)


@app.post("/login")
async def login(body: Credentials) -> TokenOut:
    row = db.one("SELECT id, pw_hash FROM users WHERE username = ?", (body.username,))
    if row is None or not verify_password(body.password, row["pw_hash"]):
        raise HTTPException(401, "wrong username or password")
    return TokenOut(access_token=sessions.create(row["id"]), expires_in=sessions.ttl)


@app.get("/posts")
async def list_posts(limit: Limit = 10, offset: Offset = 0) -> list[PostOut]:
    rows = db.many("SELECT * FROM posts ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset))
    counts = db.comment_counts([r["id"] for r in rows])
    return [PostOut(**r, comment_count=counts[r["id"]]) for r in rows]


@app.get("/posts/{post_id}")
async def get_post(post_id: int) -> PostOut:
    post = post_or_404(post_id)
    return PostOut(**post, comment_count=db.comment_counts([post_id])[post_id])


@app.post("/posts", status_code=201)
async def create_post(body: PostIn, uid: User) -> PostOut:
    pid = db.write(
        "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
        (uid, body.title, body.content),
    )
    return PostOut(**post_or_404(pid))


@app.patch("/posts/{post_id}")
async def edit_post(post_id: int, body: PostPatch, uid: User) -> PostOut:
    post = post_or_404(post_id)
    if post["author_id"] != uid:
        raise HTTPException(403, "only the author can edit this post")
    merged = post | body.model_dump(exclude_none=True)
    db.write(
        "UPDATE posts SET title = ?, content = ? WHERE id = ?",
        (merged["title"], merged["content"], post_id),
    )
    return PostOut(**merged, comment_count=db.comment_counts([post_id])[post_id])


@app.delete("/posts/{post_id}", status_code=204)
async def delete_post(post_id: int, uid: User) -> Response:
    if post_or_404(post_id)["author_id"] != uid:
        raise HTTPException(403, "only the author can delete this post")
    db.write("DELETE FROM posts WHERE id = ?", (post_id,))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@app.get("/posts/{post_id}/comments")
async def list_comments(post_id: int, limit: Limit = 10, offset: Offset = 0) -> list[CommentOut]:
    post_or_404(post_id)
    rows = db.many(
        "SELECT * FROM comments WHERE post_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    )
    return [CommentOut(**r) for r in rows]


@app.post("/posts/{post_id}/comments", status_code=201)
async def add_comment(post_id: int, body: CommentIn, uid: User) -> CommentOut:
    post_or_404(post_id)
    cid = db.write(
        "INSERT INTO comments (post_id, author_id, content) VALUES (?, ?, ?)",
        (post_id, uid, body.content),
    )
    return CommentOut(**dict(db.one("SELECT * FROM comments WHERE id = ?", (cid,))))


if __name__ == "__main__":
    uvicorn.run("main:app", reload=True)
