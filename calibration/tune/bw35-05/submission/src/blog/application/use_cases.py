"""Application rules. Each use case depends only on ports, never on a framework."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from blog.application.ports import (
    Clock,
    CommentView,
    Page,
    PageRequest,
    PasswordHasher,
    PostView,
    TokenService,
    UnitOfWork,
)
from blog.domain.entities import Comment, Post, User
from blog.domain.errors import InvalidCredentials, NotAuthor, NotFound, UsernameTaken

# --- accounts -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RegisterUser:
    uow: UnitOfWork
    hasher: PasswordHasher
    clock: Clock

    async def __call__(self, username: str, password: str) -> User:
        if await self.uow.users.get_by_username(username) is not None:
            raise UsernameTaken(username)
        user = User(username=username, password_hash=await self.hasher.hash(password), created_at=self.clock.now())
        await self.uow.users.add(user)
        await self.uow.commit()
        return user


@dataclass(frozen=True, slots=True)
class Authenticate:
    uow: UnitOfWork
    hasher: PasswordHasher
    tokens: TokenService

    async def __call__(self, username: str, password: str) -> str:
        user = await self.uow.users.get_by_username(username)
        if user is None or not await self.hasher.verify(password, user.password_hash):
            raise InvalidCredentials()
        return self.tokens.issue(user.id)


@dataclass(frozen=True, slots=True)
class ResolveUser:
    """Turns a bearer token into the user it was issued to, or None."""

    uow: UnitOfWork
    tokens: TokenService

    async def __call__(self, token: str) -> User | None:
        user_id = self.tokens.subject(token)
        return None if user_id is None else await self.uow.users.get(user_id)


# --- posts --------------------------------------------------------------------

def _view(post: Post, author: User) -> PostView:
    return PostView(
        id=post.id,
        title=post.title,
        content=post.content,
        author_id=author.id,
        author_username=author.username,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


@dataclass(frozen=True, slots=True)
class ListPosts:
    uow: UnitOfWork

    async def __call__(self, page: PageRequest) -> Page[PostView]:
        return await self.uow.posts.list_views(page)


@dataclass(frozen=True, slots=True)
class GetPost:
    uow: UnitOfWork

    async def __call__(self, post_id: UUID) -> PostView:
        view = await self.uow.posts.get_view(post_id)
        if view is None:
            raise NotFound("Post")
        return view


@dataclass(frozen=True, slots=True)
class PublishPost:
    uow: UnitOfWork
    clock: Clock

    async def __call__(self, author: User, title: str, content: str) -> PostView:
        post = Post(author_id=author.id, title=title, content=content, created_at=self.clock.now())
        await self.uow.posts.add(post)
        await self.uow.commit()
        return _view(post, author)


@dataclass(frozen=True, slots=True)
class EditPost:
    uow: UnitOfWork
    clock: Clock

    async def __call__(self, editor: User, post_id: UUID, title: str | None, content: str | None) -> PostView:
        post = await self.uow.posts.get(post_id)
        if post is None:
            raise NotFound("Post")
        if not post.is_authored_by(editor.id):
            raise NotAuthor()
        post.edit(title=title, content=content, at=self.clock.now())
        await self.uow.posts.update(post)
        await self.uow.commit()
        return _view(post, editor)


@dataclass(frozen=True, slots=True)
class DeletePost:
    uow: UnitOfWork

    async def __call__(self, requester: User, post_id: UUID) -> None:
        post = await self.uow.posts.get(post_id)
        if post is None:
            raise NotFound("Post")
        if not post.is_authored_by(requester.id):
            raise NotAuthor()
        await self.uow.posts.delete(post.id)
        await self.uow.commit()


# --- comments -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AddComment:
    uow: UnitOfWork
    clock: Clock

    async def __call__(self, author: User, post_id: UUID, content: str) -> CommentView:
        if await self.uow.posts.get(post_id) is None:
            raise NotFound("Post")
        comment = Comment(post_id=post_id, author_id=author.id, content=content, created_at=self.clock.now())
        await self.uow.comments.add(comment)
        await self.uow.commit()
        return CommentView(
            id=comment.id,
            post_id=post_id,
            author_id=author.id,
            author_username=author.username,
            content=comment.content,
            created_at=comment.created_at,
        )


@dataclass(frozen=True, slots=True)
class ListComments:
    uow: UnitOfWork

    async def __call__(self, post_id: UUID, page: PageRequest) -> Page[CommentView]:
        if await self.uow.posts.get(post_id) is None:
            raise NotFound("Post")
        return await self.uow.comments.list_views_for_post(post_id, page)
