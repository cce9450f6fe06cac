from typing import Literal

from fastapi import HTTPException, status
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from accounts.models import User
from blog.models import Comment, Post
from core.managers import BaseManager

PostOrdering = Literal["created_at", "-created_at", "title", "-title"]


class PostManager(BaseManager[Post]):
    model = Post

    def get(self, pk: int) -> Post | None:
        return self.session.scalar(select(Post).options(joinedload(Post.author)).where(Post.id == pk))

    def exists(self, pk: int) -> bool:
        return self.session.scalar(select(func.count()).where(Post.id == pk)) == 1

    def exists_or_404(self, pk: int) -> None:
        if not self.exists(pk):
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found.")

    def list(self, *, limit: int, offset: int, ordering: PostOrdering) -> tuple[list[Post], int]:
        column = getattr(Post, ordering.lstrip("-"))
        order_by = column.desc() if ordering.startswith("-") else column.asc()
        stmt = (
            select(Post)
            .options(joinedload(Post.author))
            .order_by(order_by, Post.id.desc())
            .limit(limit)
            .offset(offset)
        )
        total = self.session.scalar(select(func.count()).select_from(Post)) or 0
        return list(self.session.scalars(stmt)), total

    def create(self, *, author: User, title: str, content: str) -> Post:
        post = Post(author=author, title=title, content=content)
        return self.save(post)

    def update(self, post: Post, **changes: str) -> Post:
        for field, value in changes.items():
            setattr(post, field, value)
        return self.save(post)


class CommentManager(BaseManager[Comment]):
    model = Comment

    def for_post(self, post_id: int, *, limit: int, offset: int) -> tuple[list[Comment], int]:
        stmt = (
            select(Comment)
            .options(joinedload(Comment.author))
            .where(Comment.post_id == post_id)
            .order_by(Comment.created_at, Comment.id)
            .limit(limit)
            .offset(offset)
        )
        total = self.session.scalar(
            select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
        ) or 0
        return list(self.session.scalars(stmt)), total

    def create(self, *, post_id: int, author: User, content: str) -> Comment:
        comment = Comment(post_id=post_id, author=author, content=content)
        return self.save(comment)
