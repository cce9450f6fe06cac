from typing import Annotated

from fastapi import APIRouter, Depends, Path, status

from blog_api.contracts.dtos import (
    CreatePostRequest,
    PagedResponse,
    PagingQuery,
    PostDto,
    UpdatePostRequest,
)
from blog_api.controllers.base import PROBLEM_RESPONSES, ControllerBase
from blog_api.controllers.composition_root import CurrentUser, get_post_service
from blog_api.services.post_service import PostService

PostServiceDep = Annotated[PostService, Depends(get_post_service)]
PostId = Annotated[int, Path(ge=1)]


class PostsController(ControllerBase):
    def __init__(self) -> None:
        self.router = APIRouter(prefix="/api/posts", tags=["Posts"], responses=PROBLEM_RESPONSES)
        self.router.add_api_route(
            "",
            self.get_all,
            methods=["GET"],
            response_model=PagedResponse[PostDto],
            summary="List posts, newest first",
        )
        self.router.add_api_route(
            "/{post_id}", self.get_by_id, methods=["GET"], response_model=PostDto, summary="Read a post"
        )
        self.router.add_api_route(
            "",
            self.create,
            methods=["POST"],
            status_code=status.HTTP_201_CREATED,
            response_model=PostDto,
            summary="Publish a post",
        )
        self.router.add_api_route(
            "/{post_id}",
            self.update,
            methods=["PATCH"],
            response_model=PostDto,
            summary="Edit your own post",
        )
        self.router.add_api_route(
            "/{post_id}",
            self.delete,
            methods=["DELETE"],
            status_code=status.HTTP_204_NO_CONTENT,
            summary="Delete your own post",
        )

    def get_all(
        self, paging: Annotated[PagingQuery, Depends()], service: PostServiceDep
    ) -> PagedResponse[PostDto]:
        return service.get_all(paging.limit, paging.offset)

    def get_by_id(self, post_id: PostId, service: PostServiceDep) -> PostDto:
        return self.unwrap(service.get_by_id(post_id))

    def create(
        self, request: CreatePostRequest, user: CurrentUser, service: PostServiceDep
    ) -> PostDto:
        return self.unwrap(service.create(request, user))

    def update(
        self,
        post_id: PostId,
        request: UpdatePostRequest,
        user: CurrentUser,
        service: PostServiceDep,
    ) -> PostDto:
        return self.unwrap(service.update(post_id, request, user))

    def delete(self, post_id: PostId, user: CurrentUser, service: PostServiceDep) -> None:
        self.unwrap(service.delete(post_id, user))
