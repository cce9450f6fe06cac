import sqlite3

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response

from .auth import login_required
from .db import get_db
from .schemas import PostIn, PostOut

bp = APIRouter(prefix="/posts", tags=["posts"])


def get_post(db, id, user=None, check_author=True):
    """Get a post and its author by id.

    Checks that the id exists and optionally that the current user is the author.
    """
    post = db.execute(
        "SELECT p.id, title, body, created, author_id, username"
        " FROM post p JOIN user u ON p.author_id = u.id"
        " WHERE p.id = ?",
        (id,),
    ).fetchone()

    if post is None:
        raise HTTPException(status_code=404, detail=f"Post id {id} doesn't exist.")

    if check_author and post["author_id"] != user["id"]:
        raise HTTPException(status_code=403, detail="You are not the author of this post.")

    return post


@bp.get("")
def index(
    request: Request,
    limit: int = Query(None, ge=1),
    offset: int = Query(0, ge=0),
    db: sqlite3.Connection = Depends(get_db),
):
    config = request.app.state.config
    if limit is None:
        limit = config["POSTS_PER_PAGE"]
    if limit > config["MAX_POSTS_PER_PAGE"]:
        raise HTTPException(
            status_code=422, detail=f"limit must be <= {config['MAX_POSTS_PER_PAGE']}"
        )

    posts = db.execute(
        "SELECT p.id, title, body, created, author_id, username"
        " FROM post p JOIN user u ON p.author_id = u.id"
        " ORDER BY created DESC, p.id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()

    result = []
    for post in posts:
        row = dict(post)
        row["comment_count"] = db.execute(
            "SELECT COUNT(*) FROM comment WHERE post_id = ?", (post["id"],)
        ).fetchone()[0]
        result.append(row)
    return result


@bp.post("", status_code=201, response_model=PostOut)
def create(
    post: PostIn,
    user=Depends(login_required),
    db: sqlite3.Connection = Depends(get_db),
):
    cur = db.execute(
        "INSERT INTO post (title, body, author_id) VALUES (?, ?, ?)",
        (post.title, post.body, user["id"]),
    )
    db.commit()
    return dict(get_post(db, cur.lastrowid, check_author=False))


@bp.get("/{id}", response_model=PostOut)
def detail(id: int, db: sqlite3.Connection = Depends(get_db)):
    return dict(get_post(db, id, check_author=False))


@bp.put("/{id}", response_model=PostOut)
async def update(
    id: int,
    request: Request,
    user=Depends(login_required),
    db: sqlite3.Connection = Depends(get_db),
):
    post = get_post(db, id, user)
    data = await request.json()

    title = data.get("title", post["title"])
    body = data.get("body", post["body"])
    if not title:
        raise HTTPException(status_code=400, detail="Title is required.")

    db.execute("UPDATE post SET title = ?, body = ? WHERE id = ?", (title, body, id))
    db.commit()
    return dict(get_post(db, id, user))


@bp.delete("/{id}", status_code=204)
def delete(
    id: int,
    user=Depends(login_required),
    db: sqlite3.Connection = Depends(get_db),
):
    get_post(db, id, user)
    db.execute("DELETE FROM post WHERE id = ?", (id,))
    db.commit()
    return Response(status_code=204)
