import sqlite3
from typing import List

from fastapi import APIRouter, Depends

from .auth import login_required
from .db import get_db
from .posts import get_post
from .schemas import CommentIn, CommentOut

bp = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@bp.get("", response_model=List[CommentOut])
def list_comments(post_id: int, db: sqlite3.Connection = Depends(get_db)):
    get_post(db, post_id, check_author=False)
    rows = db.execute(
        "SELECT id, post_id, author_id, body, created FROM comment"
        " WHERE post_id = ? ORDER BY created, id",
        (post_id,),
    ).fetchall()
    return [dict(r) for r in rows]


@bp.post("", status_code=201, response_model=CommentOut)
def add_comment(
    post_id: int,
    comment: CommentIn,
    user=Depends(login_required),
    db: sqlite3.Connection = Depends(get_db),
):
    get_post(db, post_id, check_author=False)
    cur = db.execute(
        "INSERT INTO comment (post_id, author_id, body) VALUES (?, ?, ?)",
        (post_id, user["id"], comment.body),
    )
    db.commit()
    row = db.execute(
        "SELECT id, post_id, author_id, body, created FROM comment WHERE id = ?",
        (cur.lastrowid,),
    ).fetchone()
    return dict(row)
