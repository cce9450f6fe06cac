from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import JSONResponse

from blog.auth import login_required
from blog.db import get_db
from blog.globals import g

bp = APIRouter(tags=["posts"])


def get_post(id, check_author=True):
    """Get a post and its author by id.

    Raises 404 if the post doesn't exist and 403 if check_author is set
    and the current user isn't the author.
    """
    post = (
        get_db()
        .execute(
            "SELECT p.id, title, content, created, author_id, username"
            " FROM post p JOIN user u ON p.author_id = u.id"
            " WHERE p.id = ?",
            (id,),
        )
        .fetchone()
    )

    if post is None:
        raise HTTPException(404, f"Post id {id} doesn't exist.")

    if check_author and post["author_id"] != g.user["id"]:
        raise HTTPException(403)

    return post


def post_to_dict(post):
    return {
        "id": post["id"],
        "title": post["title"],
        "content": post["content"],
        "author": post["username"],
        "created": post["created"],
    }


@bp.get("/posts")
async def index(request: Request):
    """Show the most recent posts."""
    limit = int(request.query_params.get("limit", 20))
    offset = int(request.query_params.get("offset", 0))
    posts = (
        get_db()
        .execute(
            "SELECT p.id, title, content, created, author_id, username"
            " FROM post p JOIN user u ON p.author_id = u.id"
            " ORDER BY created DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        .fetchall()
    )
    return [post_to_dict(post) for post in posts]


@bp.get("/posts/{id}")
async def show(id: int):
    """Show one post."""
    return post_to_dict(get_post(id, check_author=False))


@bp.post("/posts", status_code=201)
@login_required
async def create(request: Request):
    """Create a new post for the current user."""
    data = await request.json()
    title = data.get("title")
    content = data.get("content")
    error = None

    if not title:
        error = "Title is required."
    elif not content:
        error = "Content is required."

    if error is not None:
        return JSONResponse({"error": error}, status_code=400)

    db = get_db()
    cur = db.execute(
        "INSERT INTO post (title, content, author_id) VALUES (?, ?, ?)",
        (title, content, g.user["id"]),
    )
    db.commit()
    return post_to_dict(get_post(cur.lastrowid, check_author=False))


@bp.put("/posts/{id}")
@login_required
async def update(id: int, request: Request):
    """Update a post if the current user is the author."""
    get_post(id)
    data = await request.json()
    fields = {column: data[column] for column in ("title", "content") if column in data}

    if not fields:
        return JSONResponse({"error": "Nothing to update."}, status_code=400)
    if not all(fields.values()):
        return JSONResponse({"error": "Title and content cannot be empty."}, status_code=400)

    db = get_db()
    assignments = ", ".join(f"{column} = ?" for column in fields)
    db.execute(f"UPDATE post SET {assignments} WHERE id = ?", (*fields.values(), id))
    db.commit()
    return post_to_dict(get_post(id, check_author=False))


@bp.delete("/posts/{id}", status_code=204)
@login_required
async def delete(id: int):
    """Delete a post if the current user is the author."""
    get_post(id)
    db = get_db()
    db.execute("DELETE FROM post WHERE id = ?", (id,))
    db.commit()
    return Response(status_code=204)


@bp.get("/posts/{id}/comments")
async def comments(id: int):
    """All comments on a post, oldest first."""
    get_post(id, check_author=False)
    rows = (
        get_db()
        .execute(
            "SELECT c.id, c.post_id, c.body, c.created, username"
            " FROM comment c JOIN user u ON c.author_id = u.id"
            " WHERE c.post_id = ? ORDER BY c.created",
            (id,),
        )
        .fetchall()
    )
    return [
        {
            "id": row["id"],
            "post_id": row["post_id"],
            "body": row["body"],
            "author": row["username"],
            "created": row["created"],
        }
        for row in rows
    ]


@bp.post("/posts/{id}/comments", status_code=201)
@login_required
async def add_comment(id: int, request: Request):
    """Comment on a post."""
    get_post(id, check_author=False)
    data = await request.json()
    body = data.get("body")

    if not body:
        return JSONResponse({"error": "Comment body is required."}, status_code=400)

    db = get_db()
    cur = db.execute(
        "INSERT INTO comment (post_id, author_id, body) VALUES (?, ?, ?)",
        (id, g.user["id"], body),
    )
    db.commit()
    return {"id": cur.lastrowid, "post_id": id, "body": body, "author": g.user["username"]}
