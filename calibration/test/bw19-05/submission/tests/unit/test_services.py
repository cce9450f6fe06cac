import pytest

from blog_service.application.dto import (
    CreateCommentRequest,
    CreatePostRequest,
    RegisterUserRequest,
    UpdatePostRequest,
)
from blog_service.application.services import CommentService, PostService, UserService
from blog_service.domain.entities import User
from tests.unit.fakes import FakePasswordHasher, FakeTokenService, FakeUnitOfWork


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def user_service(uow: FakeUnitOfWork) -> UserService:
    return UserService(lambda: uow, FakePasswordHasher(), FakeTokenService())


@pytest.fixture
def author(user_service: UserService, uow: FakeUnitOfWork) -> User:
    user_service.register(RegisterUserRequest(username="alice", password="password123"))
    user = uow.users.get_by_username("alice")
    assert user is not None
    return user


class TestUserService:
    def test_register_creates_user(self, user_service: UserService, uow: FakeUnitOfWork) -> None:
        response = user_service.register(RegisterUserRequest(username="bob", password="password123"))

        assert response.username == "bob"
        assert uow.committed

    def test_authenticate_returns_token(self, user_service: UserService, author: User) -> None:
        token = user_service.authenticate("alice", "password123")

        assert token == f"token-{author.id}"

    def test_get_user_by_token(self, user_service: UserService, author: User) -> None:
        user = user_service.get_user_by_token(f"token-{author.id}")

        assert user.username == "alice"


class TestPostService:
    def test_create_post(self, uow: FakeUnitOfWork, author: User) -> None:
        service = PostService(lambda: uow)

        response = service.create_post(author, CreatePostRequest(title="Hello", content="World"))

        assert response.id == 1
        assert response.author_username == "alice"
        assert response.comment_count == 0

    def test_list_posts(self, uow: FakeUnitOfWork, author: User) -> None:
        service = PostService(lambda: uow)
        for i in range(3):
            service.create_post(author, CreatePostRequest(title=f"Post {i}", content="..."))

        page = service.list_posts(limit=2, offset=0)

        assert page.total == 3
        assert len(page.items) == 2

    def test_update_post(self, uow: FakeUnitOfWork, author: User) -> None:
        service = PostService(lambda: uow)
        post = service.create_post(author, CreatePostRequest(title="Hello", content="World"))

        updated = service.update_post(post.id, author, UpdatePostRequest(title="Updated"))

        assert updated.title == "Updated"
        assert updated.content == "World"
        assert updated.updated_at is not None

    def test_delete_post(self, uow: FakeUnitOfWork, author: User) -> None:
        service = PostService(lambda: uow)
        post = service.create_post(author, CreatePostRequest(title="Hello", content="World"))

        service.delete_post(post.id, author)

        assert uow.posts.get(post.id) is None


class TestCommentService:
    def test_add_and_list_comments(self, uow: FakeUnitOfWork, author: User) -> None:
        post = PostService(lambda: uow).create_post(
            author, CreatePostRequest(title="Hello", content="World")
        )
        service = CommentService(lambda: uow)

        service.add_comment(post.id, author, CreateCommentRequest(content="Nice post"))
        page = service.list_comments(post.id, limit=10, offset=0)

        assert page.total == 1
        assert page.items[0].content == "Nice post"
        assert page.items[0].author_username == "alice"
