"""A small ModelViewSet so the post endpoints read like DRF.

FastAPI has no class-based views, so ModelViewSet.as_router() builds the five standard
routes (list / create / retrieve / partial_update / destroy) as closures over the viewset.
"""
from typing import Any, ClassVar

from fastapi import APIRouter, Depends, HTTPException, Response, status
from pydantic import BaseModel
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from .database import Base, get_db
from .models import Comment, Post, User
from .pagination import LimitOffsetPagination
from .permissions import is_authenticated, is_author_or_read_only
from .serializers import (
    CommentCreateSerializer,
    CommentSerializer,
    PaginatedResponse,
    PostCreateSerializer,
    PostSerializer,
    PostUpdateSerializer,
)

NOT_FOUND = {404: {"description": "Not found."}}
UNAUTHORIZED = {401: {"description": "Authentication credentials were not provided."}}
FORBIDDEN = {403: {"description": "You do not have permission to perform this action."}}


class ModelViewSet:
    model: ClassVar[type[Base]]
    basename: ClassVar[str]
    serializer_class: ClassVar[type[BaseModel]]
    create_serializer_class: ClassVar[type[BaseModel]]
    update_serializer_class: ClassVar[type[BaseModel]]

    # --- hooks, override like in DRF -----------------------------------
    def get_queryset(self) -> Select:
        return select(self.model).order_by(self.model.id)  # type: ignore[attr-defined]

    def get_object(self, db: Session, pk: int) -> Any:
        obj = db.get(self.model, pk)
        if obj is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Not found.")
        return obj

    def perform_create(self, db: Session, data: BaseModel, user: User) -> Any:
        obj = self.model(**data.model_dump())
        db.add(obj)
        db.commit()
        db.refresh(obj)
        return obj

    def perform_update(self, db: Session, obj: Any, data: BaseModel) -> Any:
        for field, value in data.model_dump(exclude_unset=True).items():
            setattr(obj, field, value)
        db.commit()
        db.refresh(obj)
        return obj

    def perform_destroy(self, db: Session, obj: Any) -> None:
        db.delete(obj)
        db.commit()

    def check_object_permissions(self, user: User, obj: Any) -> None:
        return None

    # --- router --------------------------------------------------------
    def as_router(self) -> APIRouter:
        router = APIRouter(prefix=f"/api/{self.basename}", tags=[self.basename])
        read_ser = self.serializer_class
        create_ser = self.create_serializer_class
        update_ser = self.update_serializer_class
        name = self.basename.rstrip("s")

        @router.get("/", response_model=PaginatedResponse[read_ser], summary=f"List {self.basename}")
        def list_(
            db: Session = Depends(get_db),
            paginator: LimitOffsetPagination = Depends(),
        ) -> dict[str, Any]:
            count, items = paginator.paginate_queryset(db, self.get_queryset())
            return paginator.get_paginated_response(count, items)

        @router.post(
            "/",
            response_model=read_ser,
            status_code=status.HTTP_201_CREATED,
            summary=f"Create a {name}",
            responses={**UNAUTHORIZED},
        )
        def create(
            data: create_ser,  # type: ignore[valid-type]
            db: Session = Depends(get_db),
            user: User = Depends(is_authenticated),
        ) -> Any:
            return self.perform_create(db, data, user)

        @router.get("/{pk}/", response_model=read_ser, summary=f"Retrieve a {name}", responses={**NOT_FOUND})
        def retrieve(pk: int, db: Session = Depends(get_db)) -> Any:
            return self.get_object(db, pk)

        @router.patch(
            "/{pk}/",
            response_model=read_ser,
            summary=f"Partially update a {name}",
            responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
        )
        def partial_update(
            pk: int,
            data: update_ser,  # type: ignore[valid-type]
            db: Session = Depends(get_db),
            user: User = Depends(is_authenticated),
        ) -> Any:
            obj = self.get_object(db, pk)
            self.check_object_permissions(user, obj)
            return self.perform_update(db, obj, data)

        @router.delete(
            "/{pk}/",
            status_code=status.HTTP_204_NO_CONTENT,
            response_class=Response,
            summary=f"Delete a {name}",
            responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
        )
        def destroy(pk: int, db: Session = Depends(get_db), user: User = Depends(is_authenticated)) -> Response:
            obj = self.get_object(db, pk)
            self.check_object_permissions(user, obj)
            self.perform_destroy(db, obj)
            return Response(status_code=status.HTTP_204_NO_CONTENT)

        return router


class PostViewSet(ModelViewSet):
    model = Post
    basename = "posts"
    serializer_class = PostSerializer
    create_serializer_class = PostCreateSerializer
    update_serializer_class = PostUpdateSerializer

    def get_queryset(self) -> Select:
        return select(Post).order_by(Post.created.desc(), Post.id.desc())

    def perform_create(self, db: Session, data: BaseModel, user: User) -> Post:
        post = Post(**data.model_dump(), author_id=user.id)
        db.add(post)
        db.commit()
        db.refresh(post)
        return post

    def check_object_permissions(self, user: User, obj: Any) -> None:
        is_author_or_read_only.has_object_permission(user, obj)


# --- comments: nested under posts (no drf-nested-routers here, so plain routes) ---

comments_router = APIRouter(prefix="/api/posts/{post_pk}/comments", tags=["comments"])


def _get_post_or_404(db: Session, post_pk: int) -> Post:
    post = db.get(Post, post_pk)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Not found.")
    return post


@comments_router.get(
    "/",
    response_model=PaginatedResponse[CommentSerializer],
    summary="List comments on a post",
    responses={**NOT_FOUND},
)
def list_comments(
    post_pk: int,
    db: Session = Depends(get_db),
    paginator: LimitOffsetPagination = Depends(),
) -> dict[str, Any]:
    _get_post_or_404(db, post_pk)
    qs = select(Comment).where(Comment.post_id == post_pk).order_by(Comment.created, Comment.id)
    count, items = paginator.paginate_queryset(db, qs)
    return paginator.get_paginated_response(count, items)


@comments_router.post(
    "/",
    response_model=CommentSerializer,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def create_comment(
    post_pk: int,
    data: CommentCreateSerializer,
    db: Session = Depends(get_db),
    user: User = Depends(is_authenticated),
) -> Comment:
    _get_post_or_404(db, post_pk)
    comment = Comment(post_id=post_pk, author_id=user.id, body=data.body)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment
