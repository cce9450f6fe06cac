from sqlalchemy import select
from sqlalchemy.orm import Session

from src.Entity.Post import Post


class PostRepository:
    def __init__(self, em: Session) -> None:
        self.em = em

    def find(self, id: int) -> Post | None:
        return self.em.get(Post, id)

    def findBy(self, limit: int, offset: int) -> list[Post]:
        qb = (
            select(Post)
            .order_by(Post.createdAt.desc(), Post.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(self.em.scalars(qb))

    def save(self, post: Post, flush: bool = True) -> None:
        self.em.add(post)
        if flush:
            self.em.commit()
            self.em.refresh(post)

    def remove(self, post: Post, flush: bool = True) -> None:
        self.em.delete(post)
        if flush:
            self.em.commit()
