from __future__ import annotations

from fastapi import APIRouter, Response, status

from blog.api.dependencies import Comments, CurrentPrincipal, Page, Posts
from blog.persistence.queries import PostOrdering
from blog.schemas import CommentDraft, CommentView, PostDraft, PostSummaryView, PostView

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("", response_model=list[PostSummaryView])
async def list_posts(
    posts: Posts, page: Page, order: PostOrdering = PostOrdering.NEWEST
) -> list[PostSummaryView]:
    rows = await posts.summaries(order, page.limit, page.offset)
    return [PostSummaryView.model_validate(row) for row in rows]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=PostView)
async def create_post(draft: PostDraft, principal: CurrentPrincipal, posts: Posts) -> PostView:
    return PostView.model_validate(await posts.publish(principal, draft))


@router.get("/{post_id}", response_model=PostView)
async def read_post(post_id: int, posts: Posts) -> PostView:
    return PostView.model_validate(await posts.get(post_id))


@router.put("/{post_id}", response_model=PostView)
async def update_post(
    post_id: int, draft: PostDraft, principal: CurrentPrincipal, posts: Posts
) -> PostView:
    return PostView.model_validate(await posts.revise(principal, post_id, draft))


@router.delete("/{post_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
async def delete_post(post_id: int, principal: CurrentPrincipal, posts: Posts) -> Response:
    await posts.remove(principal, post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{post_id}/comments", response_model=list[CommentView])
async def list_comments(post_id: int, comments: Comments, page: Page) -> list[CommentView]:
    return [
        CommentView.model_validate(c) for c in await comments.page(post_id, page.limit, page.offset)
    ]


@router.post(
    "/{post_id}/comments", status_code=status.HTTP_201_CREATED, response_model=CommentView
)
async def create_comment(
    post_id: int, draft: CommentDraft, principal: CurrentPrincipal, comments: Comments
) -> CommentView:
    return CommentView.model_validate(await comments.add(principal, post_id, draft))
