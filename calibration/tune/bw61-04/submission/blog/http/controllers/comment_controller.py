from fastapi import APIRouter, status

from blog.http.dependencies import CommentServiceDep, CurrentUser, PageDep
from blog.http.requests import StoreCommentRequest
from blog.http.resources import CommentCollection, CommentResource, ErrorResource
from blog.models import Comment

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

NOT_FOUND = {404: {"model": ErrorResource, "description": "Post not found"}}


@router.get(
    "",
    response_model=CommentCollection,
    summary="List a post's comments, oldest first",
    responses=NOT_FOUND,
)
async def index(post_id: int, page: PageDep, comments: CommentServiceDep) -> CommentCollection:
    items, total = await comments.paginate(post_id, page.limit, page.offset)
    return CommentCollection(
        data=[CommentResource.model_validate(comment) for comment in items],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    response_model=CommentResource,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={401: {"model": ErrorResource, "description": "Missing or invalid token"}, **NOT_FOUND},
)
async def store(
    post_id: int, data: StoreCommentRequest, user: CurrentUser, comments: CommentServiceDep
) -> Comment:
    return await comments.add(user, post_id, data)
