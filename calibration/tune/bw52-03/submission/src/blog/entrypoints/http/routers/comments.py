from typing import Annotated

from fastapi import APIRouter, Path, status

from blog.entrypoints.http.deps import ContainerDep, CurrentUser, Paging
from blog.entrypoints.http.errors import responses
from blog.entrypoints.http.schemas import CommentIn, CommentOut, PageOut, comment_page_of

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

PostId = Annotated[int, Path(ge=1, le=2**31 - 1, description="Id of the post")]


@router.get(
    "",
    response_model=PageOut[CommentOut],
    summary="List a post's comments, oldest first (public)",
    responses=responses(404),
)
async def list_comments(
    post_id: PostId, paging: Paging, container: ContainerDep
) -> PageOut[CommentOut]:
    return comment_page_of(await container.comments.list(post_id, paging))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    summary="Comment on a post",
    responses=responses(401, 404),
)
async def add_comment(
    post_id: PostId, body: CommentIn, user: CurrentUser, container: ContainerDep
) -> CommentOut:
    return CommentOut.of(await container.comments.add(user, post_id, body.body))
