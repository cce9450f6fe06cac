from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.models import AccessToken, Comment, Post, User


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_username(self, username: str) -> User | None:
        return self.session.scalar(select(User).where(User.username == username))

    def add(self, user: User) -> User:
        self.session.add(user)
        self.session.flush()
        return user


class TokenRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, token: AccessToken) -> None:
        self.session.add(token)

    def user_for_digest(self, digest: str, now: datetime) -> User | None:
        stmt = (
            select(User)
            .join(AccessToken, AccessToken.user_id == User.id)
            .where(AccessToken.digest == digest, AccessToken.expires_at > now)
        )
        return self.session.scalar(stmt)

    def purge_expired(self, now: datetime) -> None:
        self.session.execute(delete(AccessToken).where(AccessToken.expires_at <= now))


class PostRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def page(self, limit: int, offset: int) -> Sequence[Post]:
        stmt = select(Post).order_by(Post.id.desc()).limit(limit).offset(offset)
        return self.session.scalars(stmt).all()

    def get(self, post_id: int) -> Post | None:
        return self.session.get(Post, post_id)

    def add(self, post: Post) -> Post:
        self.session.add(post)
        self.session.flush()
        return post

    def remove(self, post: Post) -> None:
        self.session.delete(post)


class CommentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def page_for_post(self, post_id: int, limit: int, offset: int) -> Sequence[Comment]:
        stmt = (
            select(Comment)
            .where(Comment.post_id == post_id)
            .order_by(Comment.id)
            .limit(limit)
            .offset(offset)
        )
        return self.session.scalars(stmt).all()

    def add(self, comment: Comment) -> Comment:
        self.session.add(comment)
        self.session.flush()
        return comment
