from typing import List

from fastapi import APIRouter, Depends, Response, status

from app.controller.dependencies import PageRequest, comment_service, current_user, post_service
from app.dto.dtos import (
    CommentRequestDTO,
    CommentResponseDTO,
    ErrorDTO,
    PostRequestDTO,
    PostResponseDTO,
)
from app.model.entities import User
from app.service.services import CommentService, PostService

router = APIRouter(prefix="/posts", tags=["Posts"])


@router.get("", response_model=List[PostResponseDTO], summary="List posts")
async def list_posts(
    page: PageRequest = Depends(), service: PostService = Depends(post_service)
) -> List[PostResponseDTO]:
    return service.find_all(page.limit, page.offset)


@router.get(
    "/{post_id}",
    response_model=PostResponseDTO,
    summary="Get a post",
    responses={404: {"model": ErrorDTO}},
)
async def get_post(post_id: int, service: PostService = Depends(post_service)) -> PostResponseDTO:
    return service.find_by_id(post_id)


@router.post(
    "",
    response_model=PostResponseDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Create a post",
    responses={401: {"model": ErrorDTO}},
)
async def create_post(
    dto: PostRequestDTO,
    user: User = Depends(current_user),
    service: PostService = Depends(post_service),
) -> PostResponseDTO:
    return service.create(dto, user)


@router.put(
    "/{post_id}",
    response_model=PostResponseDTO,
    summary="Update a post (author only)",
    responses={401: {"model": ErrorDTO}, 403: {"model": ErrorDTO}, 404: {"model": ErrorDTO}},
)
async def update_post(
    post_id: int,
    dto: PostRequestDTO,
    user: User = Depends(current_user),
    service: PostService = Depends(post_service),
) -> PostResponseDTO:
    return service.update(post_id, dto, user)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post (author only)",
    responses={401: {"model": ErrorDTO}, 403: {"model": ErrorDTO}, 404: {"model": ErrorDTO}},
)
async def delete_post(
    post_id: int,
    user: User = Depends(current_user),
    service: PostService = Depends(post_service),
) -> None:
    service.delete(post_id, user)


@router.get(
    "/{post_id}/comments",
    response_model=List[CommentResponseDTO],
    summary="List comments of a post",
    responses={404: {"model": ErrorDTO}},
)
async def list_comments(
    post_id: int,
    page: PageRequest = Depends(),
    service: CommentService = Depends(comment_service),
) -> List[CommentResponseDTO]:
    return service.find_by_post(post_id, page.limit, page.offset)


@router.post(
    "/{post_id}/comments",
    response_model=CommentResponseDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={401: {"model": ErrorDTO}, 404: {"model": ErrorDTO}},
)
async def add_comment(
    post_id: int,
    dto: CommentRequestDTO,
    user: User = Depends(current_user),
    service: CommentService = Depends(comment_service),
) -> CommentResponseDTO:
    return service.add(post_id, dto, user)
