from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blog.entity import Post


class PostRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_all(self, limit: int, offset: int) -> list[Post]:
        stmt = select(Post).order_by(Post.created_at.desc(), Post.id.desc()).limit(limit).offset(offset)
        return list(self.session.scalars(stmt))

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Post)) or 0

    def find_by_id(self, post_id: int) -> Post | None:
        return self.session.get(Post, post_id)

    def exists_by_id(self, post_id: int) -> bool:
        return self.find_by_id(post_id) is not None

    def save(self, post: Post) -> Post:
        self.session.add(post)
        self.session.commit()
        self.session.refresh(post)
        return post

    def delete(self, post: Post) -> None:
        self.session.delete(post)
        self.session.commit()
