from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFoundError
from app.models import Comment, User
from app.repositories.comments import CommentRepository
from app.repositories.posts import PostRepository
from app.schemas.comments import CommentCreate, CommentRead
from app.schemas.common import Page


class CommentService:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._posts = PostRepository(session)
        self._comments = CommentRepository(session)

    async def list_comments(self, post_id: int, *, limit: int, offset: int) -> Page[CommentRead]:
        await self._require_post(post_id)
        comments = await self._comments.list_for_post(post_id, limit=limit, offset=offset)
        total = await self._comments.count_for_post(post_id)
        return Page[CommentRead](
            items=[CommentRead.model_validate(c) for c in comments], total=total, limit=limit, offset=offset
        )

    async def add_comment(self, author: User, post_id: int, data: CommentCreate) -> CommentRead:
        await self._require_post(post_id)
        comment = Comment(post_id=post_id, content=data.content, author=author)
        await self._comments.add(comment)
        await self._session.commit()
        return CommentRead.model_validate(comment)

    async def _require_post(self, post_id: int) -> None:
        if not await self._posts.exists(post_id):
            raise NotFoundError("Post not found")
