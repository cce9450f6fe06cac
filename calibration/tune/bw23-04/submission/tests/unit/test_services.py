import pytest

from app import services
from app.domain import InvalidCredentials, NotPostAuthor, PostNotFound, UsernameTaken
from tests.fakes import InMemoryComments, InMemoryPosts, InMemoryUsers, PlainTextHasher


@pytest.fixture
def users() -> InMemoryUsers:
    return InMemoryUsers()


@pytest.fixture
def posts() -> InMemoryPosts:
    return InMemoryPosts()


@pytest.fixture
def comments() -> InMemoryComments:
    return InMemoryComments()


hasher = PlainTextHasher()


def test_register_stores_the_hash_not_the_password(users: InMemoryUsers) -> None:
    user = services.register(users, hasher, "kent", "red-green-refactor")
    assert user.password_hash == "hashed:red-green-refactor"


def test_register_twice_fails(users: InMemoryUsers) -> None:
    services.register(users, hasher, "kent", "red-green-refactor")
    with pytest.raises(UsernameTaken):
        services.register(users, hasher, "kent", "another-password")


def test_authenticate_accepts_the_right_password(users: InMemoryUsers) -> None:
    kent = services.register(users, hasher, "kent", "red-green-refactor")
    assert services.authenticate(users, hasher, "kent", "red-green-refactor") == kent


@pytest.mark.parametrize("username, password", [("kent", "wrong-password"), ("nobody", "red-green-refactor")])
def test_authenticate_rejects_bad_credentials(users: InMemoryUsers, username: str, password: str) -> None:
    services.register(users, hasher, "kent", "red-green-refactor")
    with pytest.raises(InvalidCredentials):
        services.authenticate(users, hasher, username, password)


def test_get_missing_post(posts: InMemoryPosts) -> None:
    with pytest.raises(PostNotFound):
        services.get_post(posts, 1)


def test_author_can_edit(users: InMemoryUsers, posts: InMemoryPosts) -> None:
    kent = users.add("kent", "h")
    post = services.publish(posts, kent, "Draft", "v1")
    edited = services.edit_post(posts, kent, post.id, "Final", "v2")
    assert (edited.title, edited.content) == ("Final", "v2")


def test_non_author_cannot_edit_or_delete(users: InMemoryUsers, posts: InMemoryPosts) -> None:
    kent, martin = users.add("kent", "h"), users.add("martin", "h")
    post = services.publish(posts, kent, "Draft", "v1")
    with pytest.raises(NotPostAuthor):
        services.edit_post(posts, martin, post.id, "Mine", "now")
    with pytest.raises(NotPostAuthor):
        services.delete_post(posts, martin, post.id)
    assert posts.get(post.id) == post
    assert posts.removed == []


def test_edit_or_delete_missing_post(users: InMemoryUsers, posts: InMemoryPosts) -> None:
    kent = users.add("kent", "h")
    with pytest.raises(PostNotFound):
        services.edit_post(posts, kent, 99, "t", "c")
    with pytest.raises(PostNotFound):
        services.delete_post(posts, kent, 99)


def test_author_can_delete(users: InMemoryUsers, posts: InMemoryPosts) -> None:
    kent = users.add("kent", "h")
    post = services.publish(posts, kent, "Draft", "v1")
    services.delete_post(posts, kent, post.id)
    assert posts.removed == [post.id]


def test_comment_on_missing_post(users: InMemoryUsers, posts: InMemoryPosts, comments: InMemoryComments) -> None:
    kent = users.add("kent", "h")
    with pytest.raises(PostNotFound):
        services.comment_on(posts, comments, kent, 7, "hello")
    with pytest.raises(PostNotFound):
        services.comments_for(posts, comments, 7, 20, 0)


def test_comments_are_listed_per_post(users: InMemoryUsers, posts: InMemoryPosts, comments: InMemoryComments) -> None:
    kent = users.add("kent", "h")
    first, second = services.publish(posts, kent, "a", "a"), services.publish(posts, kent, "b", "b")
    services.comment_on(posts, comments, kent, first.id, "on first")
    services.comment_on(posts, comments, kent, second.id, "on second")
    assert [c.body for c in services.comments_for(posts, comments, first.id, 20, 0)] == ["on first"]
