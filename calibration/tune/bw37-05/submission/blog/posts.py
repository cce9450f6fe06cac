from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.responses import JSONResponse

from .auth import login_required

router = APIRouter(prefix="/posts", tags=["posts"])

MAX_PER_PAGE = 50

POST_QUERY = (
    "SELECT p.id, p.title, p.body, p.created, p.author_id, u.username,"
    " (SELECT COUNT(*) FROM comment c WHERE c.post_id = p.id) AS comment_count"
    " FROM post p JOIN user u ON p.author_id = u.id"
)


def get_post(db, id, check_author=None):
    """Get a post and its author by id.

    Raises 404 if it doesn't exist and 403 if check_author is given and
    isn't the author.
    """
    post = db.execute(POST_QUERY + " WHERE p.id = ?", (id,)).fetchone()

    if post is None:
        raise HTTPException(404, f"Post id {id} doesn't exist.")

    if check_author is not None and post["author_id"] != check_author["id"]:
        raise HTTPException(403, "You can only change your own posts.")

    return post


def _page(limit, offset):
    return max(1, min(limit, MAX_PER_PAGE)), max(0, offset)


@router.get("")
def index(request: Request, limit: int = 10, offset: int = 0):
    limit, offset = _page(limit, offset)
    posts = request.state.db.execute(
        POST_QUERY + " ORDER BY p.created DESC, p.id DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    return [dict(p) for p in posts]


@router.post("", status_code=201)
async def create(request: Request, user: dict = Depends(login_required)):
    data = await request.json()
    title = data.get("title")
    body = data.get("body")

    if not title:
        return JSONResponse({"error": "Title is required."}, status_code=400)
    if not body:
        return JSONResponse({"error": "Body is required."}, status_code=400)

    db = request.state.db
    cur = db.execute(
        "INSERT INTO post (title, body, author_id) VALUES (?, ?, ?)", (title, body, user["id"])
    )
    db.commit()
    return dict(get_post(db, cur.lastrowid))


@router.get("/{id}")
def detail(id: int, request: Request):
    return dict(get_post(request.state.db, id))


@router.put("/{id}")
async def update(id: int, request: Request, user: dict = Depends(login_required)):
    db = request.state.db
    get_post(db, id, check_author=user)

    data = await request.json()
    fields = {k: data[k] for k in ("title", "body") if k in data}
    if not fields:
        return JSONResponse({"error": "Nothing to update."}, status_code=400)
    if any(not v for v in fields.values()):
        return JSONResponse({"error": "Title and body can't be empty."}, status_code=400)

    assignments = ", ".join(f"{column} = ?" for column in fields)
    db.execute(f"UPDATE post SET {assignments} WHERE id = ?", (*fields.values(), id))
    db.commit()
    return dict(get_post(db, id))


@router.delete("/{id}", status_code=204)
def delete(id: int, request: Request, user: dict = Depends(login_required)):
    db = request.state.db
    get_post(db, id, check_author=user)
    db.execute("DELETE FROM post WHERE id = ?", (id,))
    db.commit()
    return Response(status_code=204)


@router.get("/{id}/comments")
def comments(id: int, request: Request, limit: int = 20, offset: int = 0):
    db = request.state.db
    get_post(db, id)
    limit, offset = _page(limit, offset)
    rows = db.execute(
        "SELECT c.id, c.post_id, c.body, c.created, c.author_id, u.username"
        " FROM comment c JOIN user u ON c.author_id = u.id"
        " WHERE c.post_id = ? ORDER BY c.created, c.id LIMIT ? OFFSET ?",
        (id, limit, offset),
    ).fetchall()
    return [dict(r) for r in rows]


@router.post("/{id}/comments", status_code=201)
async def add_comment(id: int, request: Request, user: dict = Depends(login_required)):
    db = request.state.db
    get_post(db, id)

    data = await request.json()
    body = data.get("body")
    if not body:
        return JSONResponse({"error": "Comment body is required."}, status_code=400)

    cur = db.execute(
        "INSERT INTO comment (post_id, author_id, body) VALUES (?, ?, ?)", (id, user["id"], body)
    )
    db.commit()
    row = db.execute(
        "SELECT c.id, c.post_id, c.body, c.created, c.author_id, u.username"
        " FROM comment c JOIN user u ON c.author_id = u.id WHERE c.id = ?",
        (cur.lastrowid,),
    ).fetchone()
    return dict(row)
