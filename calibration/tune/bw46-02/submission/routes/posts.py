from datetime import datetime

from fastapi import APIRouter, Body, Depends, HTTPException
from sqlmodel import Session, select

from auth import get_current_user
from database import get_session
from models import Comment, Post, User
from schemas import ApiResponse, PostCreate, PostDetail, PostOut
from utils.shape import format_comment, format_post

router = APIRouter(prefix="/posts", tags=["Posts"])


def build_post(session, post, with_comments=False):
    author = session.get(User, post.author_id)
    comments = session.exec(select(Comment).where(Comment.post_id == post.id)).all()
    data = format_post(post, author, comments)
    if with_comments:
        data["comments"] = [format_comment(c, session.get(User, c.author_id)) for c in comments]
    return data


@router.get("", response_model=ApiResponse[list[PostOut]], summary="List all posts")
async def get_posts(limit: int = 10, offset: int = 0, session: Session = Depends(get_session)):
    posts = session.exec(select(Post).order_by(Post.created_at.desc()).offset(offset).limit(limit)).all()
    data = []
    for post in posts:
        data.append(build_post(session, post))
    return {"success": True, "data": data}


@router.get("/{post_id}", response_model=ApiResponse[PostDetail], summary="Get one post with comments")
async def get_post(post_id: int, session: Session = Depends(get_session)):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return {"success": True, "data": build_post(session, post, with_comments=True)}


@router.post("", status_code=201, response_model=ApiResponse[PostOut], summary="Create a post")
async def create_post(
    post: PostCreate,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    db_post = Post(title=post.title, content=post.content, author_id=current_user.id)
    session.add(db_post)
    session.commit()
    session.refresh(db_post)
    return {"success": True, "message": "Post published!", "data": format_post(db_post, current_user, [])}


@router.put("/{post_id}", response_model=ApiResponse[PostOut], summary="Edit your post")
async def update_post(
    post_id: int,
    updates: dict = Body(...),
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")

    for key, value in updates.items():
        if hasattr(post, key):
            setattr(post, key, value)
    post.updated_at = datetime.utcnow()

    session.add(post)
    session.commit()
    session.refresh(post)
    return {"success": True, "message": "Post updated!", "data": build_post(session, post)}


@router.delete("/{post_id}", summary="Delete your post")
async def delete_post(
    post_id: int,
    session: Session = Depends(get_session),
    current_user: User = Depends(get_current_user),
):
    post = session.get(Post, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="You can only delete your own posts")

    session.delete(post)
    session.commit()
    return {"success": True, "message": "Post deleted"}
