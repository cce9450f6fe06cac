from fastapi import APIRouter, Body, Depends, HTTPException, Response, status

from app.auth import get_current_user
from app.database import get_db, row_to_dict
from app.schemas import PostCreate, PostListResponse, PostResponse

router = APIRouter(prefix="/posts", tags=["Posts"])

POST_FIELDS = "id, title, content, author_id, created_at"


@router.get("", response_model=PostListResponse)
async def list_posts(
    limit: int = 10, offset: int = 0, sort_by: str = "created_at", order: str = "desc"
) -> dict:
    """List all posts with pagination and sorting"""
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute(
        f"SELECT {POST_FIELDS} FROM posts ORDER BY {sort_by} {order} LIMIT ? OFFSET ?",
        (limit, offset),
    )
    posts = [row_to_dict(r) for r in cursor.fetchall()]
    conn.close()
    return {"items": posts, "limit": limit, "offset": offset}


@router.post("", response_model=PostResponse, status_code=status.HTTP_201_CREATED)
async def create_post(post: PostCreate, current_user: dict = Depends(get_current_user)) -> dict:
    """Create a new post"""
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute(
        "INSERT INTO posts (title, content, author_id) VALUES (?, ?, ?)",
        (post.title, post.content, current_user["id"]),
    )
    conn.commit()
    post_id = cursor.lastrowid
    cursor.execute(f"SELECT {POST_FIELDS} FROM posts WHERE id = ?", (post_id,))
    new_post = row_to_dict(cursor.fetchone())
    conn.close()
    return new_post


@router.get("/{post_id}", response_model=PostResponse)
async def get_post(post_id: int) -> dict:
    """Get a single post"""
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute(f"SELECT {POST_FIELDS} FROM posts WHERE id = ?", (post_id,))
    post = row_to_dict(cursor.fetchone())
    conn.close()
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


@router.put("/{post_id}", response_model=PostResponse)
async def update_post(
    post_id: int, post: dict = Body(...), current_user: dict = Depends(get_current_user)
) -> dict:
    """Update a post (only author)"""
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute(f"SELECT {POST_FIELDS} FROM posts WHERE id = ?", (post_id,))
    existing = row_to_dict(cursor.fetchone())
    if not existing:
        conn.close()
        raise HTTPException(status_code=404, detail="Post not found")
    if existing["author_id"] != current_user["id"]:
        conn.close()
        raise HTTPException(status_code=403, detail="Not authorized to update this post")
    for key, value in post.items():
        cursor.execute(f"UPDATE posts SET {key} = ? WHERE id = ?", (value, post_id))
    conn.commit()
    cursor.execute(f"SELECT {POST_FIELDS} FROM posts WHERE id = ?", (post_id,))
    updated = row_to_dict(cursor.fetchone())
    conn.close()
    return updated


@router.delete("/{post_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_post(post_id: int, current_user: dict = Depends(get_current_user)):
    """Delete a post"""
    conn = get_db()
    cursor = conn.cursor()
    cursor.execute("SELECT id FROM posts WHERE id = ?", (post_id,))
    if not cursor.fetchone():
        conn.close()
        raise HTTPException(status_code=404, detail="Post not found")
    cursor.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.commit()
    conn.close()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
