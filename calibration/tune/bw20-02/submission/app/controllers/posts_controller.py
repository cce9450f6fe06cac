from fastapi import APIRouter, Depends, Query, status
from sqlalchemy.orm import Session

from app import config
from app.controllers.application import authenticate_user, authorize
from app.db import get_db
from app.models import Post, User
from app.serializers import ErrorOut, PostOut, PostParams, PostUpdateParams

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"model": ErrorOut}}
FORBIDDEN = {401: {"model": ErrorOut}, 403: {"model": ErrorOut}}


@router.get("", response_model=list[PostOut], summary="List posts, newest first")
async def index(
    limit: int = Query(config.DEFAULT_PER_PAGE, ge=1, description="Page size (capped at 100)"),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    return [post.as_json() for post in Post.recent(db, limit, offset)]


@router.get("/{id}", response_model=PostOut, responses=NOT_FOUND, summary="Show a post")
async def show(id: int, db: Session = Depends(get_db)):
    return Post.find(db, id).as_json()


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    responses={401: {"model": ErrorOut}},
    summary="Publish a post",
)
async def create(
    params: PostParams,
    user: User = Depends(authenticate_user),
    db: Session = Depends(get_db),
):
    post = Post(title=params.title, content=params.content, author=user)
    return post.save(db).as_json()


@router.put("/{id}", response_model=PostOut, responses={**NOT_FOUND, **FORBIDDEN}, summary="Update a post")
@router.patch("/{id}", response_model=PostOut, responses={**NOT_FOUND, **FORBIDDEN}, summary="Update a post")
async def update(
    id: int,
    params: PostUpdateParams,
    user: User = Depends(authenticate_user),
    db: Session = Depends(get_db),
):
    post = Post.find(db, id)
    authorize(post.editable_by(user))
    post.update(db, **params.model_dump(exclude_unset=True))
    return post.as_json()


@router.delete(
    "/{id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**NOT_FOUND, **FORBIDDEN},
    summary="Delete a post",
)
async def destroy(id: int, user: User = Depends(authenticate_user), db: Session = Depends(get_db)):
    post = Post.find(db, id)
    authorize(post.editable_by(user))
    post.destroy(db)
