from fastapi import APIRouter, Depends, HTTPException, status

from blog.dependencies import Pagination, get_current_user
from blog.models import Comment, Post, User
from blog.schemas import CommentIn, CommentOut, ErrorOut, PostIn, PostOut, PostUpdate

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "You are not the author of this post"}}


class PostViewSet:
    """CRUD for posts plus the nested comments resource.

    Reads are public; writes need a token; only the author may edit/delete.
    """

    def __init__(self) -> None:
        self.router = APIRouter(prefix="/posts", tags=["posts"])
        r = self.router
        r.add_api_route("", self.list_posts, methods=["GET"], response_model=list[PostOut],
                        summary="List posts (newest first)")
        r.add_api_route("", self.create, methods=["POST"], response_model=PostOut,
                        status_code=status.HTTP_201_CREATED, summary="Publish a post",
                        responses={**UNAUTHORIZED})
        r.add_api_route("/{post_id}", self.retrieve, methods=["GET"], response_model=PostOut,
                        summary="Read one post", responses={**NOT_FOUND})
        r.add_api_route("/{post_id}", self.partial_update, methods=["PATCH"],
                        response_model=PostOut, summary="Edit your post",
                        responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND})
        r.add_api_route("/{post_id}", self.destroy, methods=["DELETE"],
                        status_code=status.HTTP_204_NO_CONTENT, summary="Delete your post",
                        responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND})
        r.add_api_route("/{post_id}/comments", self.list_comments, methods=["GET"],
                        response_model=list[CommentOut], summary="List a post's comments",
                        responses={**NOT_FOUND}, tags=["comments"])
        r.add_api_route("/{post_id}/comments", self.create_comment, methods=["POST"],
                        response_model=CommentOut, status_code=status.HTTP_201_CREATED,
                        summary="Comment on a post",
                        responses={**UNAUTHORIZED, **NOT_FOUND}, tags=["comments"])

    # -- helpers (get_object / get_serializer in DRF terms) -----------------

    async def get_object(self, post_id: int) -> Post:
        post = await Post.get_or_none(id=post_id)
        if post is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")
        return post

    async def get_owned_object(self, post_id: int, user: User) -> Post:
        post = await self.get_object(post_id)
        if post.author_id != user.id:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail="You are not the author of this post")
        return post

    async def serialize(self, post: Post) -> PostOut:
        author = await post.author
        return PostOut(
            id=post.id,
            title=post.title,
            content=post.content,
            author=author.username,
            created_at=post.created_at,
            updated_at=post.updated_at,
        )

    async def serialize_comment(self, comment: Comment) -> CommentOut:
        author = await comment.author
        return CommentOut(
            id=comment.id,
            post_id=comment.post_id,
            body=comment.body,
            author=author.username,
            created_at=comment.created_at,
        )

    # -- actions -------------------------------------------------------------

    async def list_posts(self, page: Pagination = Depends()) -> list[PostOut]:
        """Public. Paginated with `limit` / `offset`."""
        posts = await Post.all().offset(page.offset).limit(page.limit)
        return [await self.serialize(post) for post in posts]

    async def create(self, payload: PostIn, user: User = Depends(get_current_user)) -> PostOut:
        post = await Post.create(**payload.model_dump(), author=user)
        return await self.serialize(post)

    async def retrieve(self, post_id: int) -> PostOut:
        """Public."""
        post = await self.get_object(post_id)
        return await self.serialize(post)

    async def partial_update(
        self, post_id: int, payload: PostUpdate, user: User = Depends(get_current_user)
    ) -> PostOut:
        post = await self.get_owned_object(post_id, user)
        changes = payload.model_dump(exclude_unset=True, exclude_none=True)
        if changes:
            post.update_from_dict(changes)
            await post.save()
        return await self.serialize(post)

    async def destroy(self, post_id: int, user: User = Depends(get_current_user)) -> None:
        post = await self.get_owned_object(post_id, user)
        await post.delete()

    async def list_comments(self, post_id: int, page: Pagination = Depends()) -> list[CommentOut]:
        """Public. Oldest first, paginated."""
        post = await self.get_object(post_id)
        comments = await Comment.filter(post=post).offset(page.offset).limit(page.limit)
        return [await self.serialize_comment(c) for c in comments]

    async def create_comment(
        self, post_id: int, payload: CommentIn, user: User = Depends(get_current_user)
    ) -> CommentOut:
        post = await self.get_object(post_id)
        comment = await Comment.create(body=payload.body, post=post, author=user)
        return await self.serialize_comment(comment)
