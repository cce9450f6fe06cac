from blog.exceptions import Forbidden, NotFound
from blog.http.requests import StorePostRequest, UpdatePostRequest
from blog.models import Post, User
from blog.repositories.post_repository import PostRepository


class PostService:
    def __init__(self, posts: PostRepository) -> None:
        self.posts = posts

    async def paginate(self, limit: int, offset: int) -> tuple[list[Post], int]:
        return await self.posts.paginate(limit, offset)

    async def find_or_fail(self, post_id: int) -> Post:
        post = await self.posts.find(post_id)
        if post is None:
            raise NotFound("Post not found.")
        return post

    async def publish(self, author: User, data: StorePostRequest) -> Post:
        post = Post(author=author, title=data.title, content=data.content)
        return await self.posts.add(post)

    async def update(self, user: User, post_id: int, data: UpdatePostRequest) -> Post:
        post = await self.find_or_fail(post_id)
        self._authorize(user, post)
        changes = data.model_dump(exclude_unset=True)
        if "title" in changes:
            post.title = changes["title"]
        if "content" in changes:
            post.content = changes["content"]
        return await self.posts.save(post)

    async def delete(self, user: User, post_id: int) -> None:
        post = await self.find_or_fail(post_id)
        self._authorize(user, post)
        await self.posts.delete(post)

    @staticmethod
    def _authorize(user: User, post: Post) -> None:
        """The PostPolicy: only the author may change a post."""
        if post.author_id != user.id:
            raise Forbidden("Only the author may change this post.")
