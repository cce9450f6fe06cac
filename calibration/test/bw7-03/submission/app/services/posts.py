from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFoundError, PermissionDeniedError
from app.models import Post, User, utcnow
from app.repositories.posts import PostRepository
from app.schemas.common import Page
from app.schemas.posts import PostCreate, PostRead, PostUpdate
from app.schemas.users import AuthorRead


def to_read(post: Post, comment_count: int) -> PostRead:
    return PostRead(
        id=post.id,
        title=post.title,
        content=post.content,
        author=AuthorRead.model_validate(post.author),
        comment_count=comment_count,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


class PostService:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._posts = PostRepository(session)

    async def list_posts(self, *, limit: int, offset: int) -> Page[PostRead]:
        rows = await self._posts.list_recent(limit=limit, offset=offset)
        total = await self._posts.count()
        return Page[PostRead](
            items=[to_read(post, count) for post, count in rows], total=total, limit=limit, offset=offset
        )

    async def get_post(self, post_id: int) -> PostRead:
        found = await self._posts.get_with_comment_count(post_id)
        if found is None:
            raise NotFoundError("Post not found")
        return to_read(*found)

    async def create_post(self, author: User, data: PostCreate) -> PostRead:
        post = Post(title=data.title, content=data.content, author=author)
        await self._posts.add(post)
        await self._session.commit()
        return to_read(post, 0)

    async def update_post(self, actor: User, post_id: int, data: PostUpdate) -> PostRead:
        post = await self._owned_post(actor, post_id)
        for field, value in data.model_dump(exclude_unset=True).items():
            setattr(post, field, value)
        post.updated_at = utcnow()
        await self._session.commit()
        return await self.get_post(post_id)

    async def delete_post(self, actor: User, post_id: int) -> None:
        post = await self._owned_post(actor, post_id)
        await self._posts.delete(post)
        await self._session.commit()

    async def _owned_post(self, actor: User, post_id: int) -> Post:
        post = await self._posts.get(post_id)
        if post is None:
            raise NotFoundError("Post not found")
        if post.author_id != actor.id:
            raise PermissionDeniedError("Only the author can change this post")
        return post
