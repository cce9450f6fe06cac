from blog_api.contracts.dtos import (
    CreatePostRequest,
    PagedResponse,
    PostDto,
    UpdatePostRequest,
)
from blog_api.domain.entities import Post, User, utc_now
from blog_api.domain.result import Error, Result
from blog_api.infrastructure.repositories import PostRepository


class PostService:
    def __init__(self, posts: PostRepository) -> None:
        self._posts = posts

    def get_all(self, limit: int, offset: int) -> PagedResponse[PostDto]:
        posts, total = self._posts.get_page(limit, offset)
        return PagedResponse[PostDto](
            items=[PostDto.from_entity(p) for p in posts], total=total, limit=limit, offset=offset
        )

    def get_by_id(self, post_id: int) -> Result[PostDto]:
        post = self._posts.get_by_id(post_id)
        if post is None:
            return Result.fail(Error.not_found(f"Post {post_id} was not found"))
        return Result.ok(PostDto.from_entity(post))

    def create(self, request: CreatePostRequest, author: User) -> Result[PostDto]:
        post = Post(title=request.title, content=request.content, author=author)
        self._posts.add(post)
        return Result.ok(PostDto.from_entity(post))

    def update(self, post_id: int, request: UpdatePostRequest, caller: User) -> Result[PostDto]:
        result = self._get_owned(post_id, caller)
        if not result.is_success:
            return Result.fail(result.error)

        post = result.value
        if request.title is not None:
            post.title = request.title
        if request.content is not None:
            post.content = request.content
        post.updated_at = utc_now()
        self._posts.save(post)
        return Result.ok(PostDto.from_entity(post))

    def delete(self, post_id: int, caller: User) -> Result[None]:
        result = self._get_owned(post_id, caller)
        if not result.is_success:
            return Result.fail(result.error)
        self._posts.delete(result.value)
        return Result.ok(None)

    def _get_owned(self, post_id: int, caller: User) -> Result[Post]:
        post = self._posts.get_by_id(post_id)
        if post is None:
            return Result.fail(Error.not_found(f"Post {post_id} was not found"))
        if post.author_id != caller.id:
            return Result.fail(Error.forbidden("Only the author may change this post"))
        return Result.ok(post)
