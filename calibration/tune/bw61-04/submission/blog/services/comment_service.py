from blog.exceptions import NotFound
from blog.http.requests import StoreCommentRequest
from blog.models import Comment, User
from blog.repositories.comment_repository import CommentRepository
from blog.repositories.post_repository import PostRepository


class CommentService:
    def __init__(self, comments: CommentRepository, posts: PostRepository) -> None:
        self.comments = comments
        self.posts = posts

    async def paginate(self, post_id: int, limit: int, offset: int) -> tuple[list[Comment], int]:
        await self._ensure_post_exists(post_id)
        return await self.comments.paginate_for_post(post_id, limit, offset)

    async def add(self, author: User, post_id: int, data: StoreCommentRequest) -> Comment:
        await self._ensure_post_exists(post_id)
        comment = Comment(post_id=post_id, author=author, body=data.body)
        return await self.comments.add(comment)

    async def _ensure_post_exists(self, post_id: int) -> None:
        if not await self.posts.exists(post_id):
            raise NotFound("Post not found.")
