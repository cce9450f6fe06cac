from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ..domain.errors import Forbidden, NotFound
from ..domain.models import Comment, Post, User
from ..domain.schemas import CommentCreate, PostCreate, PostUpdate
from ..infrastructure.repositories import CommentRepository, PostRepository


class PostService:
    def __init__(self, session: Session, posts: PostRepository) -> None:
        self.session = session
        self.posts = posts

    def list(self, limit: int, offset: int) -> Sequence[Post]:
        return self.posts.page(limit, offset)

    def get(self, post_id: int) -> Post:
        post = self.posts.get(post_id)
        if post is None:
            raise NotFound("Post not found")
        return post

    def create(self, author: User, data: PostCreate) -> Post:
        post = self.posts.add(Post(author_id=author.id, **data.model_dump()))
        self.session.commit()
        return post

    def _owned(self, actor: User, post_id: int) -> Post:
        post = self.get(post_id)
        if post.author_id != actor.id:
            raise Forbidden("Only the author may modify this post")
        return post

    def update(self, actor: User, post_id: int, data: PostUpdate) -> Post:
        post = self._owned(actor, post_id)
        post.title = data.title
        post.content = data.content
        self.session.commit()
        return post

    def delete(self, actor: User, post_id: int) -> None:
        self.posts.remove(self._owned(actor, post_id))
        self.session.commit()


class CommentService:
    def __init__(self, session: Session, posts: PostService, comments: CommentRepository) -> None:
        self.session = session
        self.posts = posts
        self.comments = comments

    def list(self, post_id: int, limit: int, offset: int) -> Sequence[Comment]:
        self.posts.get(post_id)
        return self.comments.page_for_post(post_id, limit, offset)

    def create(self, author: User, post_id: int, data: CommentCreate) -> Comment:
        self.posts.get(post_id)
        comment = self.comments.add(
            Comment(post_id=post_id, author_id=author.id, content=data.content)
        )
        self.session.commit()
        return comment
