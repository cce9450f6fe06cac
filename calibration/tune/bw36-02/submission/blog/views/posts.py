"""
Posts and comments. Roughly a PostViewSet + a nested CommentViewSet.
"""
from fastapi import APIRouter, Depends, HTTPException, Request, status
from sqlalchemy.orm import Session

from blog.database import get_db
from blog.models import Comment, Post, User
from blog.pagination import LimitOffsetPagination
from blog.permissions import IsAuthenticated, IsAuthorOrReadOnly
from blog.serializers import (
    CommentCreateSerializer,
    CommentSerializer,
    PaginatedResponse,
    PostCreateSerializer,
    PostDetailSerializer,
    PostListSerializer,
    PostUpdateSerializer,
    UserSerializer,
)

router = APIRouter()


def get_object_or_404(db: Session, model, pk: int):
    obj = db.query(model).filter(model.id == pk).first()
    if obj is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Not found.")
    return obj


# --- posts -----------------------------------------------------------------


@router.get("/posts/", response_model=PaginatedResponse[PostListSerializer])
async def post_list(
    db: Session = Depends(get_db),
    paginator: LimitOffsetPagination = Depends(),
):
    queryset = db.query(Post).order_by(Post.created_at.desc(), Post.id.desc())
    posts = paginator.paginate_queryset(queryset)

    results = []
    for post in posts:
        results.append(
            PostListSerializer(
                id=post.id,
                title=post.title,
                excerpt=post.content[:200],
                author=UserSerializer.model_validate(post.author),
                comments_count=len(post.comments),
                created_at=post.created_at,
            )
        )
    return paginator.get_paginated_response(results)


@router.post("/posts/", response_model=PostDetailSerializer, status_code=status.HTTP_201_CREATED)
async def post_create(
    data: PostCreateSerializer,
    db: Session = Depends(get_db),
    user: User = Depends(IsAuthenticated()),
):
    post = Post(**data.model_dump(), author_id=user.id)
    db.add(post)
    db.commit()
    db.refresh(post)
    return post


@router.get("/posts/{pk}/", response_model=PostDetailSerializer)
async def post_retrieve(pk: int, db: Session = Depends(get_db)):
    return get_object_or_404(db, Post, pk)


@router.put("/posts/{pk}/", response_model=PostDetailSerializer)
@router.patch("/posts/{pk}/", response_model=PostDetailSerializer)
async def post_update(
    pk: int,
    data: PostUpdateSerializer,
    request: Request,
    db: Session = Depends(get_db),
    user: User = Depends(IsAuthenticated()),
):
    post = get_object_or_404(db, Post, pk)
    IsAuthorOrReadOnly().check_object_permissions(request, user, post)

    for attr, value in data.model_dump(exclude_unset=True).items():
        setattr(post, attr, value)
    db.commit()
    db.refresh(post)
    return post


@router.delete("/posts/{pk}/", status_code=status.HTTP_204_NO_CONTENT)
async def post_destroy(
    pk: int,
    request: Request,
    db: Session = Depends(get_db),
    user: User = Depends(IsAuthenticated()),
):
    post = get_object_or_404(db, Post, pk)
    IsAuthorOrReadOnly().check_object_permissions(request, user, post)
    db.delete(post)
    db.commit()


# --- comments ----------------------------------------------------------------


@router.get("/posts/{pk}/comments/", response_model=PaginatedResponse[CommentSerializer])
async def comment_list(
    pk: int,
    db: Session = Depends(get_db),
    paginator: LimitOffsetPagination = Depends(),
):
    post = get_object_or_404(db, Post, pk)
    queryset = db.query(Comment).filter(Comment.post_id == post.id).order_by(Comment.created_at)
    comments = paginator.paginate_queryset(queryset)

    results = [
        CommentSerializer(
            id=c.id,
            post_id=c.post_id,
            body=c.body,
            author=UserSerializer.model_validate(c.author),
            created_at=c.created_at,
        )
        for c in comments
    ]
    return paginator.get_paginated_response(results)


@router.post(
    "/posts/{pk}/comments/",
    response_model=CommentSerializer,
    status_code=status.HTTP_201_CREATED,
)
async def comment_create(
    pk: int,
    data: CommentCreateSerializer,
    db: Session = Depends(get_db),
    user: User = Depends(IsAuthenticated()),
):
    post = get_object_or_404(db, Post, pk)
    comment = Comment(body=data.body, post_id=post.id, author_id=user.id)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment
