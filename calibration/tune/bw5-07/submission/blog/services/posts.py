from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from blog.persistence.queries import PostOrdering, list_post_summaries
from blog.persistence.tables import CommentRecord, PostRecord
from blog.schemas import CommentDraft, PostDraft
from blog.services.errors import ForbiddenError, NotFoundError
from blog.services.principal import Principal


class PostService:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def summaries(
        self, ordering: PostOrdering, limit: int, offset: int
    ) -> list[dict[str, Any]]:
        return await list_post_summaries(
            self._session, ordering=ordering, limit=limit, offset=offset
        )

    async def get(self, post_id: int) -> PostRecord:
        post = await self._session.get(PostRecord, post_id)
        if post is None:
            raise NotFoundError("post not found")
        return post

    async def publish(self, author: Principal, draft: PostDraft) -> PostRecord:
        post = PostRecord(author_id=author.user_id, title=draft.title, content=draft.content)
        self._session.add(post)
        await self._session.commit()
        return post

    async def _authorize(self, actor: Principal, post_id: int) -> PostRecord:
        post = await self.get(post_id)
        if not actor.owns_post(post.id):
            raise ForbiddenError("only the author may change this post")
        return post

    async def revise(self, actor: Principal, post_id: int, draft: PostDraft) -> PostRecord:
        post = await self._authorize(actor, post_id)
        post.title, post.content = draft.title, draft.content
        await self._session.commit()
        return post

    async def remove(self, actor: Principal, post_id: int) -> None:
        post = await self._authorize(actor, post_id)
        await self._session.delete(post)
        await self._session.commit()


class CommentService:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _post_with_comments(self, post_id: int) -> PostRecord:
        post = await self._session.scalar(
            select(PostRecord)
            .options(selectinload(PostRecord.comments))
            .where(PostRecord.id == post_id)
        )
        if post is None:
            raise NotFoundError("post not found")
        return post

    async def page(self, post_id: int, limit: int, offset: int) -> list[CommentRecord]:
        post = await self._post_with_comments(post_id)
        return post.comments[offset : offset + limit]

    async def add(self, author: Principal, post_id: int, draft: CommentDraft) -> CommentRecord:
        post = await self._post_with_comments(post_id)
        comment = CommentRecord(author_id=author.user_id, content=draft.content)
        post.comments.append(comment)
        await self._session.commit()
        return comment
