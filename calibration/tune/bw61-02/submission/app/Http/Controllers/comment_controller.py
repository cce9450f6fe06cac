from fastapi import APIRouter, Depends, HTTPException, Request

from app.Http.Middleware.authenticate import auth_user
from app.Http.validator import validate
from app.Services.comment_service import CommentService
from app.Services.post_service import PostService
from config.database import get_db

router = APIRouter()


@router.get("/posts/{post_id}/comments")
async def index(post_id: int, db=Depends(get_db)):
    if not PostService(db).find(post_id):
        raise HTTPException(status_code=404, detail="Post not found")
    return CommentService(db).list(post_id)


@router.post("/posts/{post_id}/comments", status_code=201)
async def store(post_id: int, request: Request, user=Depends(auth_user), db=Depends(get_db)):
    post = PostService(db).find(post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")

    data = await request.json()
    errors = validate(data, {"body": "required"})
    if errors:
        return errors

    return CommentService(db).create(post, user, data)
