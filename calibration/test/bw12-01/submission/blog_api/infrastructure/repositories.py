from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blog_api.domain.entities import Comment, Post, User


class UserRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get_by_id(self, user_id: int) -> User | None:
        return self._session.get(User, user_id)

    def get_by_username(self, username: str) -> User | None:
        return self._session.scalars(select(User).where(User.username == username)).first()

    def add(self, user: User) -> User:
        self._session.add(user)
        self._session.commit()
        return user


class PostRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get_page(self, limit: int, offset: int) -> tuple[list[Post], int]:
        total = self._session.scalar(select(func.count()).select_from(Post)) or 0
        query = (
            select(Post)
            .order_by(Post.created_at.desc(), Post.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(self._session.scalars(query)), total

    def get_by_id(self, post_id: int) -> Post | None:
        return self._session.get(Post, post_id)

    def add(self, post: Post) -> Post:
        self._session.add(post)
        self._session.commit()
        return post

    def save(self, post: Post) -> Post:
        self._session.commit()
        return post

    def delete(self, post: Post) -> None:
        self._session.delete(post)
        self._session.commit()


class CommentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get_page_for_post(self, post_id: int, limit: int, offset: int) -> tuple[list[Comment], int]:
        total = (
            self._session.scalar(
                select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
            )
            or 0
        )
        query = (
            select(Comment)
            .where(Comment.post_id == post_id)
            .order_by(Comment.created_at, Comment.id)
            .limit(limit)
            .offset(offset)
        )
        return list(self._session.scalars(query)), total

    def add(self, comment: Comment) -> Comment:
        self._session.add(comment)
        self._session.commit()
        return comment
