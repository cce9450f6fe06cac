from fastapi import HTTPException, status
from sqlalchemy.orm import Session

from .models import Post


def get_post_or_404(db: Session, post_id: int) -> Post:
    """FastAPI has no get_or_404, so here is ours."""
    post = db.query(Post).get(post_id)
    if post is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post
