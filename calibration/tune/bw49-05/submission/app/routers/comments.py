from typing import List

from fastapi import APIRouter, Depends, HTTPException, status

from app.auth import get_current_user
from app.database import get_db, row_to_dict
from app.schemas import CommentCreate, CommentResponse

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["Comments"])


@router.get("", response_model=List[CommentResponse])
async def list_comments(post_id: int, limit: int = 20, offset: int = 0) -> list:
    """List comments for a post"""
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute("SELECT id FROM posts WHERE id = ?", (post_id,))
    if not cursor.fetchone():
        conn.close()
        raise HTTPException(status_code=404, detail="Post not found")
    cursor.execute(
        "SELECT * FROM comments WHERE post_id = ? LIMIT ? OFFSET ?", (post_id, limit, offset)
    )
    comments = [row_to_dict(r) for r in cursor.fetchall()]
    for comment in comments:
        cursor.execute("SELECT username FROM users WHERE id = ?", (comment["author_id"],))
        author = cursor.fetchone()
        comment["author_username"] = author["username"] if author else None
    conn.close()
    return comments


@router.post("", response_model=CommentResponse, status_code=status.HTTP_201_CREATED)
async def create_comment(
    post_id: int, comment: CommentCreate, current_user: dict = Depends(get_current_user)
) -> dict:
    """Add a comment to a post"""
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute("SELECT id FROM posts WHERE id = ?", (post_id,))
    if not cursor.fetchone():
        conn.close()
        raise HTTPException(status_code=404, detail="Post not found")
    cursor.execute(
        "INSERT INTO comments (content, post_id, author_id) VALUES (?, ?, ?)",
        (comment.content, post_id, current_user["id"]),
    )
    conn.commit()
    comment_id = cursor.lastrowid
    conn.close()
    return {
        "id": comment_id,
        "content": comment.content,
        "post_id": post_id,
        "author_id": current_user["id"],
        "author_username": current_user["username"],
    }
