from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event, func, select

from blog.models import Comment
from tests.conftest import Headers


def create_post(client: TestClient, headers: Headers, title: str = "Title") -> dict[str, Any]:
    response = client.post("/posts", json={"title": title, "content": "Body"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_post(client: TestClient, alice: Headers) -> None:
    response = client.post("/posts", json={"title": " Hello ", "content": "World"}, headers=alice)

    assert response.status_code == 201
    body = response.json()
    assert body["id"] > 0
    assert body["title"] == "Hello"
    assert body["author"]["username"] == "alice"
    assert body["comment_count"] == 0


def test_create_post_requires_auth(client: TestClient) -> None:
    response = client.post("/posts", json={"title": "Hello", "content": "World"})

    assert response.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": "only a title"},
        {"title": "", "content": "Body"},
        {"title": "   ", "content": "Body"},
        {"title": "t" * 201, "content": "Body"},
        {"title": 1, "content": "Body"},
        {"title": "Title", "content": "Body", "author_id": 2},
    ],
)
def test_create_post_validation(client: TestClient, alice: Headers, payload: dict[str, object]) -> None:
    assert client.post("/posts", json=payload, headers=alice).status_code == 422


def test_list_posts_is_public_paginated_and_newest_first(client: TestClient, alice: Headers) -> None:
    ids = [create_post(client, alice, f"post {i}")["id"] for i in range(3)]

    first = client.get("/posts", params={"limit": 2}).json()
    rest = client.get("/posts", params={"limit": 2, "offset": 2}).json()

    assert [p["id"] for p in first["items"]] == [ids[2], ids[1]]
    assert [p["id"] for p in rest["items"]] == [ids[0]]
    assert first["total"] == rest["total"] == 3
    assert (first["limit"], first["offset"]) == (2, 0)


def test_list_posts_default_page_size(client: TestClient) -> None:
    assert client.get("/posts").json()["limit"] == 20


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "many"}])
def test_list_posts_rejects_bad_paging(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_get_post(client: TestClient, post: dict[str, Any]) -> None:
    response = client.get(f"/posts/{post['id']}")

    assert response.status_code == 200
    assert response.json() == post


def test_get_missing_or_malformed_post(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404
    assert client.get("/posts/abc").status_code == 422


def test_author_can_edit(client: TestClient, alice: Headers, post: dict[str, Any]) -> None:
    response = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)

    assert response.status_code == 200
    assert response.json()["title"] == "Edited"
    assert response.json()["content"] == post["content"]


def test_non_author_cannot_edit_or_delete(client: TestClient, bob: Headers, post: dict[str, Any]) -> None:
    url = f"/posts/{post['id']}"

    assert client.patch(url, json={"title": "Mine now"}, headers=bob).status_code == 403
    assert client.delete(url, headers=bob).status_code == 403
    assert client.get(url).json()["title"] == post["title"]


def test_edit_and_delete_require_auth(client: TestClient, post: dict[str, Any]) -> None:
    url = f"/posts/{post['id']}"

    assert client.patch(url, json={"title": "x"}).status_code == 401
    assert client.delete(url).status_code == 401


@pytest.mark.parametrize(
    "payload", [{"title": None}, {"content": None}, {"title": ""}, {"author_id": 2}, {"title": ["x"]}]
)
def test_edit_validation(
    client: TestClient, alice: Headers, post: dict[str, Any], payload: dict[str, object]
) -> None:
    assert client.patch(f"/posts/{post['id']}", json=payload, headers=alice).status_code == 422


def test_edit_or_delete_missing_post_is_404(client: TestClient, alice: Headers) -> None:
    assert client.patch("/posts/999", json={"title": "x"}, headers=alice).status_code == 404
    assert client.delete("/posts/999", headers=alice).status_code == 404


def test_delete_post_removes_it_and_its_comments(
    client: TestClient, app: FastAPI, alice: Headers, post: dict[str, Any]
) -> None:
    url = f"/posts/{post['id']}"
    client.post(f"{url}/comments", json={"content": "hi"}, headers=alice)

    response = client.delete(url, headers=alice)

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(url).status_code == 404
    with app.state.session_factory() as db:
        assert db.scalar(select(func.count(Comment.id))) == 0


def test_comment_count(client: TestClient, alice: Headers, bob: Headers, post: dict[str, Any]) -> None:
    for headers in (alice, bob):
        client.post(f"/posts/{post['id']}/comments", json={"content": "nice"}, headers=headers)

    assert client.get(f"/posts/{post['id']}").json()["comment_count"] == 2
    assert client.get("/posts").json()["items"][0]["comment_count"] == 2


def test_listing_posts_uses_a_constant_number_of_queries(
    client: TestClient, app: FastAPI, alice: Headers
) -> None:
    for i in range(5):
        created = create_post(client, alice, f"post {i}")
        client.post(f"/posts/{created['id']}/comments", json={"content": "c"}, headers=alice)
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(app.state.engine, "before_cursor_execute", record)
    try:
        response = client.get("/posts")
    finally:
        event.remove(app.state.engine, "before_cursor_execute", record)

    assert response.status_code == 200
    assert len(response.json()["items"]) == 5
    assert len(statements) == 2  # one COUNT, one page query with authors and comment counts
