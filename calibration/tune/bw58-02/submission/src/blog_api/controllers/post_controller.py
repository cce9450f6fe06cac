from fastapi import APIRouter, Depends, Query, Response, status
from sqlalchemy.orm import Session

from blog_api.database import get_session
from blog_api.dto import (
    CommentRequestDto,
    CommentResponseDto,
    ErrorResponseDto,
    PostRequestDto,
    PostResponseDto,
    PostUpdateRequestDto,
)
from blog_api.entities import UserEntity
from blog_api.security import get_current_user
from blog_api.services.post_service import PostService

NOT_FOUND = {404: {"model": ErrorResponseDto}}


class PostController:
    router = APIRouter(prefix="/api/posts", tags=["posts"])

    @staticmethod
    @router.get("", response_model=list[PostResponseDto], summary="List posts")
    async def get_posts(
        limit: int = Query(20, ge=1, le=100),
        offset: int = Query(0, ge=0),
        session: Session = Depends(get_session),
    ) -> list[PostResponseDto]:
        return PostService.get_posts(session, limit, offset)

    @staticmethod
    @router.get("/{post_id}", response_model=PostResponseDto, responses=NOT_FOUND, summary="Get a post")
    async def get_post(post_id: int, session: Session = Depends(get_session)) -> PostResponseDto:
        return PostService.get_post(session, post_id)

    @staticmethod
    @router.post(
        "",
        response_model=PostResponseDto,
        status_code=status.HTTP_201_CREATED,
        summary="Publish a post",
    )
    async def create_post(
        request: PostRequestDto,
        current_user: UserEntity = Depends(get_current_user),
        session: Session = Depends(get_session),
    ) -> PostResponseDto:
        return PostService.create_post(session, request, current_user)

    @staticmethod
    @router.put(
        "/{post_id}",
        response_model=PostResponseDto,
        responses={**NOT_FOUND, 403: {"model": ErrorResponseDto}},
        summary="Update a post",
    )
    async def update_post(
        post_id: int,
        request: PostUpdateRequestDto,
        current_user: UserEntity = Depends(get_current_user),
        session: Session = Depends(get_session),
    ) -> PostResponseDto:
        return PostService.update_post(session, post_id, request, current_user)

    @staticmethod
    @router.delete(
        "/{post_id}",
        status_code=status.HTTP_204_NO_CONTENT,
        responses={**NOT_FOUND, 403: {"model": ErrorResponseDto}},
        summary="Delete a post",
    )
    async def delete_post(
        post_id: int,
        current_user: UserEntity = Depends(get_current_user),
        session: Session = Depends(get_session),
    ) -> Response:
        PostService.delete_post(session, post_id, current_user)
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    @staticmethod
    @router.get(
        "/{post_id}/comments",
        response_model=list[CommentResponseDto],
        responses=NOT_FOUND,
        summary="List comments of a post",
    )
    async def get_comments(
        post_id: int,
        limit: int = Query(20, ge=1, le=100),
        offset: int = Query(0, ge=0),
        session: Session = Depends(get_session),
    ) -> list[CommentResponseDto]:
        return PostService.get_comments(session, post_id, limit, offset)

    @staticmethod
    @router.post(
        "/{post_id}/comments",
        response_model=CommentResponseDto,
        status_code=status.HTTP_201_CREATED,
        responses=NOT_FOUND,
        summary="Comment on a post",
    )
    async def add_comment(
        post_id: int,
        request: CommentRequestDto,
        current_user: UserEntity = Depends(get_current_user),
        session: Session = Depends(get_session),
    ) -> CommentResponseDto:
        return PostService.add_comment(session, post_id, request, current_user)
