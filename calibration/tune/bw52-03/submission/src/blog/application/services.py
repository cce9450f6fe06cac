"""Application services (use cases). They only talk to ports."""

from __future__ import annotations

from collections.abc import Callable

from blog.domain.errors import Conflict, Forbidden, InvalidCredentials, NotFound
from blog.domain.models import Comment, Page, PageRequest, Post, PostChanges, User
from blog.ports.repositories import UnitOfWork
from blog.ports.security import PasswordHasher, TokenService

UowFactory = Callable[[], UnitOfWork]


class AccountService:
    def __init__(self, uow: UowFactory, hasher: PasswordHasher, tokens: TokenService) -> None:
        self._uow = uow
        self._hasher = hasher
        self._tokens = tokens
        self._dummy_hash: str | None = None

    async def register(self, username: str, password: str) -> User:
        async with self._uow() as uow:
            if await uow.users.get_by_username(username) is not None:
                raise Conflict("username is already taken")
        password_hash = await self._hasher.hash(password)
        async with self._uow() as uow:
            user = await uow.users.add(username, password_hash)
            await uow.commit()
        return user

    async def login(self, username: str, password: str) -> str:
        async with self._uow() as uow:
            user = await uow.users.get_by_username(username)
        if user is None:
            # Spend the same time as a real check so usernames can't be probed by timing.
            await self._hasher.verify(await self._get_dummy_hash(), password)
            raise InvalidCredentials("incorrect username or password")
        if not await self._hasher.verify(user.password_hash, password):
            raise InvalidCredentials("incorrect username or password")
        return self._tokens.issue(user.id)

    async def authenticate(self, token: str) -> User:
        user_id = self._tokens.subject(token)
        if user_id is None:
            raise InvalidCredentials("invalid or expired token")
        async with self._uow() as uow:
            user = await uow.users.get(user_id)
        if user is None:
            raise InvalidCredentials("invalid or expired token")
        return user

    async def _get_dummy_hash(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = await self._hasher.hash("not-a-real-password")
        return self._dummy_hash


class PostService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    async def publish(self, author: User, title: str, content: str) -> Post:
        async with self._uow() as uow:
            post = await uow.posts.add(author, title, content)
            await uow.commit()
        return post

    async def get(self, post_id: int) -> Post:
        async with self._uow() as uow:
            post = await uow.posts.get(post_id)
        if post is None:
            raise NotFound("post", post_id)
        return post

    async def list(self, page: PageRequest) -> Page[Post]:
        async with self._uow() as uow:
            return await uow.posts.list(page)

    async def edit(self, actor: User, post_id: int, changes: PostChanges) -> Post:
        async with self._uow() as uow:
            post = await uow.posts.get(post_id)
            if post is None:
                raise NotFound("post", post_id)
            if post.author_id != actor.id:
                raise Forbidden("only the author may edit this post")
            if changes.is_empty():
                return post
            updated = await uow.posts.update(post_id, changes)
            await uow.commit()
        return updated

    async def remove(self, actor: User, post_id: int) -> None:
        async with self._uow() as uow:
            post = await uow.posts.get(post_id)
            if post is None:
                raise NotFound("post", post_id)
            if post.author_id != actor.id:
                raise Forbidden("only the author may delete this post")
            await uow.posts.delete(post_id)
            await uow.commit()


class CommentService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    async def add(self, author: User, post_id: int, body: str) -> Comment:
        async with self._uow() as uow:
            if not await uow.posts.exists(post_id):
                raise NotFound("post", post_id)
            comment = await uow.comments.add(post_id, author, body)
            await uow.commit()
        return comment

    async def list(self, post_id: int, page: PageRequest) -> Page[Comment]:
        async with self._uow() as uow:
            if not await uow.posts.exists(post_id):
                raise NotFound("post", post_id)
            return await uow.comments.list_for_post(post_id, page)
