from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from tests.conftest import Account

POSTS = "/api/v1/posts"
MakePost = Callable[..., dict[str, Any]]
MakeComment = Callable[..., dict[str, Any]]


@contextmanager
def count_queries(client: TestClient) -> Iterator[list[str]]:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    statements: list[str] = []

    def _record(*args: Any) -> None:
        statements.append(args[2])

    event.listen(engine, "before_cursor_execute", _record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", _record)


# --- create -----------------------------------------------------------------------------------


def test_create_post(client: TestClient, ada: Account) -> None:
    response = client.post(POSTS, json={"title": "Hello", "content": "World"}, headers=ada.headers)

    assert response.status_code == 201
    post = response.json()
    assert post["id"] >= 1
    assert post["title"] == "Hello"
    assert post["author"] == {"id": ada.id, "username": "ada"}
    assert post["comment_count"] == 0
    assert post["updated_at"] is None


def test_create_post_strips_title_whitespace(client: TestClient, ada: Account) -> None:
    response = client.post(POSTS, json={"title": "  Hi  ", "content": "x"}, headers=ada.headers)
    assert response.json()["title"] == "Hi"


def test_create_post_requires_authentication(client: TestClient) -> None:
    response = client.post(POSTS, json={"title": "Hello", "content": "World"})

    assert response.status_code == 401
    assert client.get(POSTS).json()["total"] == 0


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param({"content": "x"}, id="missing-title"),
        pytest.param({"title": "x"}, id="missing-content"),
        pytest.param({"title": "   ", "content": "x"}, id="blank-title"),
        pytest.param({"title": "x" * 201, "content": "x"}, id="title-too-long"),
        pytest.param({"title": "x", "content": ""}, id="empty-content"),
        pytest.param({"title": 42, "content": "x"}, id="title-not-a-string"),
        pytest.param({"title": "x", "content": "x", "author_id": 2}, id="extra-field"),
    ],
)
def test_create_post_rejects_invalid_input(
    client: TestClient, ada: Account, payload: dict[str, Any]
) -> None:
    response = client.post(POSTS, json=payload, headers=ada.headers)

    assert response.status_code == 422
    assert client.get(POSTS).json()["total"] == 0


# --- read -------------------------------------------------------------------------------------


def test_get_post_is_public(client: TestClient, ada: Account, make_post: MakePost) -> None:
    post = make_post(ada)

    response = client.get(f"{POSTS}/{post['id']}")

    assert response.status_code == 200
    assert response.json() == post


def test_get_missing_post_is_404(client: TestClient) -> None:
    response = client.get(f"{POSTS}/999")

    assert response.status_code == 404
    assert response.json() == {"detail": "Post not found"}


@pytest.mark.parametrize("post_id", ["0", "-3", "abc"])
def test_get_post_with_invalid_id_is_422(client: TestClient, post_id: str) -> None:
    assert client.get(f"{POSTS}/{post_id}").status_code == 422


# --- list -------------------------------------------------------------------------------------


def test_list_posts_is_public_and_newest_first(
    client: TestClient, ada: Account, grace: Account, make_post: MakePost
) -> None:
    first = make_post(ada, title="first")
    second = make_post(grace, title="second")

    page = client.get(POSTS).json()

    assert [p["id"] for p in page["items"]] == [second["id"], first["id"]]
    assert page["total"] == 2
    assert page["limit"] == 20
    assert page["offset"] == 0


def test_list_posts_oldest_first(client: TestClient, ada: Account, make_post: MakePost) -> None:
    ids = [make_post(ada, title=f"p{i}")["id"] for i in range(3)]

    page = client.get(POSTS, params={"order": "oldest"}).json()

    assert [p["id"] for p in page["items"]] == ids


def test_list_posts_paginates(client: TestClient, ada: Account, make_post: MakePost) -> None:
    ids = [make_post(ada, title=f"p{i}")["id"] for i in range(5)]

    seen: list[int] = []
    for offset in (0, 2, 4):
        page = client.get(POSTS, params={"limit": 2, "offset": offset, "order": "oldest"}).json()
        assert page["total"] == 5
        seen += [p["id"] for p in page["items"]]

    assert seen == ids
    assert client.get(POSTS, params={"offset": 50}).json()["items"] == []


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({"limit": 0}, id="limit-zero"),
        pytest.param({"limit": 101}, id="limit-over-max"),
        pytest.param({"limit": -1}, id="limit-negative"),
        pytest.param({"offset": -1}, id="offset-negative"),
        pytest.param({"limit": "ten"}, id="limit-not-a-number"),
        pytest.param({"order": "random"}, id="unknown-order"),
    ],
)
def test_list_posts_rejects_bad_query(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get(POSTS, params=params).status_code == 422


def test_list_posts_includes_comment_counts(
    client: TestClient, ada: Account, grace: Account, make_post: MakePost, make_comment: MakeComment
) -> None:
    quiet = make_post(ada, title="quiet")
    busy = make_post(ada, title="busy")
    for _ in range(3):
        make_comment(grace, busy["id"])

    counts = {p["title"]: p["comment_count"] for p in client.get(POSTS).json()["items"]}

    assert counts == {"quiet": 0, "busy": 3}
    assert client.get(f"{POSTS}/{quiet['id']}").json()["comment_count"] == 0


def test_list_posts_query_count_does_not_grow_with_page_size(
    client: TestClient, make_account: Callable[[str], Account], make_post: MakePost
) -> None:
    authors = [make_account(f"author{i}") for i in range(6)]
    for author in authors:
        make_post(author)

    with count_queries(client) as few:
        client.get(POSTS, params={"limit": 2})
    with count_queries(client) as many:
        client.get(POSTS, params={"limit": 6})

    assert len(many) == len(few)


# --- update -----------------------------------------------------------------------------------


def test_author_can_edit(client: TestClient, ada: Account, make_post: MakePost) -> None:
    post = make_post(ada)

    response = client.patch(
        f"{POSTS}/{post['id']}", json={"title": "Edited"}, headers=ada.headers
    )

    assert response.status_code == 200
    edited = response.json()
    assert edited["title"] == "Edited"
    assert edited["content"] == post["content"]
    assert edited["updated_at"] is not None


def test_empty_patch_changes_nothing(client: TestClient, ada: Account, make_post: MakePost) -> None:
    post = make_post(ada)

    response = client.patch(f"{POSTS}/{post['id']}", json={}, headers=ada.headers)

    assert response.status_code == 200
    assert response.json() == post


def test_other_user_cannot_edit(
    client: TestClient, ada: Account, grace: Account, make_post: MakePost
) -> None:
    post = make_post(ada)

    response = client.patch(f"{POSTS}/{post['id']}", json={"title": "Mine"}, headers=grace.headers)

    assert response.status_code == 403
    assert client.get(f"{POSTS}/{post['id']}").json()["title"] == post["title"]


def test_edit_requires_authentication(client: TestClient, ada: Account, make_post: MakePost) -> None:
    post = make_post(ada)
    assert client.patch(f"{POSTS}/{post['id']}", json={"title": "x"}).status_code == 401


def test_edit_missing_post_is_404(client: TestClient, ada: Account) -> None:
    assert client.patch(f"{POSTS}/999", json={"title": "x"}, headers=ada.headers).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param({"title": None}, id="null-title"),
        pytest.param({"content": None}, id="null-content"),
        pytest.param({"title": ""}, id="empty-title"),
        pytest.param({"title": "x" * 201}, id="title-too-long"),
        pytest.param({"author_id": 99}, id="extra-field"),
    ],
)
def test_edit_rejects_invalid_input(
    client: TestClient, ada: Account, make_post: MakePost, payload: dict[str, Any]
) -> None:
    post = make_post(ada)

    response = client.patch(f"{POSTS}/{post['id']}", json=payload, headers=ada.headers)

    assert response.status_code == 422
    assert client.get(f"{POSTS}/{post['id']}").json() == post


# --- delete -----------------------------------------------------------------------------------


def test_author_can_delete(
    client: TestClient, ada: Account, grace: Account, make_post: MakePost, make_comment: MakeComment
) -> None:
    post = make_post(ada)
    make_comment(grace, post["id"])

    response = client.delete(f"{POSTS}/{post['id']}", headers=ada.headers)

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"{POSTS}/{post['id']}").status_code == 404
    assert client.get(f"{POSTS}/{post['id']}/comments").status_code == 404


def test_other_user_cannot_delete(
    client: TestClient, ada: Account, grace: Account, make_post: MakePost
) -> None:
    post = make_post(ada)

    assert client.delete(f"{POSTS}/{post['id']}", headers=grace.headers).status_code == 403
    assert client.get(f"{POSTS}/{post['id']}").status_code == 200


def test_delete_requires_authentication(
    client: TestClient, ada: Account, make_post: MakePost
) -> None:
    post = make_post(ada)
    assert client.delete(f"{POSTS}/{post['id']}").status_code == 401


def test_delete_missing_post_is_404(client: TestClient, ada: Account) -> None:
    assert client.delete(f"{POSTS}/999", headers=ada.headers).status_code == 404
