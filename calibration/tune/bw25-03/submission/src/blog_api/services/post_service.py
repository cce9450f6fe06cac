from blog_api.dtos.dtos import (
    CommentDto,
    CreateCommentRequest,
    CreatePostRequest,
    PagedResult,
    PostDto,
    UpdatePostRequest,
)
from blog_api.entities.models import Comment, Post, User
from blog_api.exceptions import ForbiddenException, NotFoundException
from blog_api.repositories.repositories import ICommentRepository, IPostRepository


class PostService:
    def __init__(self, posts: IPostRepository, comments: ICommentRepository) -> None:
        self._posts = posts
        self._comments = comments

    async def get_posts_async(self, limit: int, offset: int) -> PagedResult[PostDto]:
        items, total = await self._posts.get_page(limit, offset)
        return PagedResult[PostDto](
            items=[PostDto.model_validate(p) for p in items],
            total_count=total,
            limit=limit,
            offset=offset,
        )

    async def _get_or_throw(self, post_id: int) -> Post:
        post = await self._posts.get_by_id(post_id)
        if post is None:
            raise NotFoundException(f"Post {post_id} was not found.")
        return post

    async def get_post_async(self, post_id: int) -> PostDto:
        return PostDto.model_validate(await self._get_or_throw(post_id))

    async def create_post_async(self, request: CreatePostRequest, current_user: User) -> PostDto:
        post = Post(title=request.title, content=request.content, author_id=current_user.id)
        return PostDto.model_validate(await self._posts.add(post))

    async def update_post_async(
        self, post_id: int, request: UpdatePostRequest, current_user: User
    ) -> PostDto:
        post = await self._get_or_throw(post_id)
        if post.author_id != current_user.id:
            raise ForbiddenException("Only the author can edit this post.")
        if request.title is not None:
            post.title = request.title
        if request.content is not None:
            post.content = request.content
        return PostDto.model_validate(await self._posts.save(post))

    async def delete_post_async(self, post_id: int, current_user: User) -> None:
        post = await self._get_or_throw(post_id)
        if post.author_id != current_user.id:
            raise ForbiddenException("Only the author can delete this post.")
        await self._posts.delete(post)

    async def get_comments_async(
        self, post_id: int, limit: int, offset: int
    ) -> PagedResult[CommentDto]:
        await self._get_or_throw(post_id)
        items, total = await self._comments.get_page_for_post(post_id, limit, offset)
        return PagedResult[CommentDto](
            items=[CommentDto.model_validate(c) for c in items],
            total_count=total,
            limit=limit,
            offset=offset,
        )

    async def add_comment_async(
        self, post_id: int, request: CreateCommentRequest, current_user: User
    ) -> CommentDto:
        await self._get_or_throw(post_id)
        comment = Comment(post_id=post_id, content=request.content, author_id=current_user.id)
        return CommentDto.model_validate(await self._comments.add(comment))
