from uuid import uuid4

import pytest

from blog.application.ports import PageRequest
from blog.application.use_cases import (
    AddComment,
    Authenticate,
    DeletePost,
    EditPost,
    GetPost,
    ListComments,
    ListPosts,
    PublishPost,
    RegisterUser,
    ResolveUser,
)
from blog.domain.entities import User
from blog.domain.errors import InvalidCredentials, NotAuthor, NotFound, UsernameTaken
from tests.fakes import FakeClock, FakeTokens, InMemoryUnitOfWork, PlainHasher

pytestmark = pytest.mark.anyio


@pytest.fixture
def uow() -> InMemoryUnitOfWork:
    return InMemoryUnitOfWork()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def _register(uow: InMemoryUnitOfWork, clock: FakeClock, name: str) -> User:
    return await RegisterUser(uow, PlainHasher(), clock)(name, "password123")


async def test_register_hashes_password_and_commits(uow: InMemoryUnitOfWork, clock: FakeClock) -> None:
    user = await _register(uow, clock, "ada")

    assert user.password_hash == "hashed:password123"
    assert uow.commits == 1


async def test_register_rejects_duplicate_username(uow: InMemoryUnitOfWork, clock: FakeClock) -> None:
    await _register(uow, clock, "ada")

    with pytest.raises(UsernameTaken):
        await _register(uow, clock, "ada")


async def test_authenticate_issues_token_that_resolves_back(uow: InMemoryUnitOfWork, clock: FakeClock) -> None:
    user = await _register(uow, clock, "ada")

    token = await Authenticate(uow, PlainHasher(), FakeTokens())("ada", "password123")

    assert await ResolveUser(uow, FakeTokens())(token) == user


@pytest.mark.parametrize(("username", "password"), [("ada", "wrong-password"), ("nobody", "password123")])
async def test_authenticate_rejects_bad_credentials(
    uow: InMemoryUnitOfWork, clock: FakeClock, username: str, password: str
) -> None:
    await _register(uow, clock, "ada")

    with pytest.raises(InvalidCredentials):
        await Authenticate(uow, PlainHasher(), FakeTokens())(username, password)


async def test_resolve_user_rejects_garbage_token(uow: InMemoryUnitOfWork) -> None:
    assert await ResolveUser(uow, FakeTokens())("not-a-token") is None


async def test_only_the_author_can_edit_or_delete(uow: InMemoryUnitOfWork, clock: FakeClock) -> None:
    ada = await _register(uow, clock, "ada")
    bob = await _register(uow, clock, "bob")
    post = await PublishPost(uow, clock)(ada, "Title", "Body")

    with pytest.raises(NotAuthor):
        await EditPost(uow, clock)(bob, post.id, "Hijacked", None)
    with pytest.raises(NotAuthor):
        await DeletePost(uow)(bob, post.id)

    assert (await GetPost(uow)(post.id)).title == "Title"


async def test_edit_is_partial_and_stamps_updated_at(uow: InMemoryUnitOfWork, clock: FakeClock) -> None:
    ada = await _register(uow, clock, "ada")
    post = await PublishPost(uow, clock)(ada, "Title", "Body")

    edited = await EditPost(uow, clock)(ada, post.id, None, "New body")

    assert (edited.title, edited.content) == ("Title", "New body")
    assert edited.updated_at is not None and edited.updated_at > edited.created_at


async def test_missing_post_is_not_found_everywhere(uow: InMemoryUnitOfWork, clock: FakeClock) -> None:
    ada = await _register(uow, clock, "ada")
    missing = uuid4()

    for call in (
        GetPost(uow)(missing),
        EditPost(uow, clock)(ada, missing, "t", None),
        DeletePost(uow)(ada, missing),
        AddComment(uow, clock)(ada, missing, "hi"),
        ListComments(uow)(missing, PageRequest(10, 0)),
    ):
        with pytest.raises(NotFound):
            await call


async def test_delete_removes_comments_too(uow: InMemoryUnitOfWork, clock: FakeClock) -> None:
    ada = await _register(uow, clock, "ada")
    post = await PublishPost(uow, clock)(ada, "Title", "Body")
    await AddComment(uow, clock)(ada, post.id, "first")

    await DeletePost(uow)(ada, post.id)

    assert uow.comment_rows == {}


async def test_list_posts_is_newest_first_and_paginated(uow: InMemoryUnitOfWork, clock: FakeClock) -> None:
    ada = await _register(uow, clock, "ada")
    for i in range(5):
        await PublishPost(uow, clock)(ada, f"post {i}", "body")

    page = await ListPosts(uow)(PageRequest(limit=2, offset=1))

    assert [p.title for p in page.items] == ["post 3", "post 2"]
    assert page.total == 5
