"""Tests for the ``/posts`` endpoints."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient


def test_create_post_returns_201(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/posts", json={"title": "Hello", "content": "World"}, headers=alice)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] == 1
    assert body["title"] == "Hello"
    assert body["content"] == "World"
    assert body["author"] == "alice"
    assert body["updated_at"] is None
    assert body["n_comments"] == 0


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": "t"},
        {"content": "c"},
        {"title": "", "content": "c"},
        {"title": "t", "content": ""},
        {"title": "t" * 201, "content": "c"},
        {"title": "t", "content": "c" * 20_001},
        {"title": ["t"], "content": "c"},
    ],
)
def test_invalid_post_is_422_and_not_stored(
    client: TestClient,
    alice: dict[str, str],
    conn: sqlite3.Connection,
    body: dict[str, object],
) -> None:
    r = client.post("/posts", json=body, headers=alice)
    assert r.status_code == 422
    assert conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == 0


def test_post_at_maximum_lengths_is_accepted(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post(
        "/posts", json={"title": "t" * 200, "content": "c" * 20_000}, headers=alice
    )
    assert r.status_code == 201


def test_anyone_can_read_a_post(client: TestClient, post: dict[str, object]) -> None:
    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json() == post


@pytest.mark.parametrize(("post_id", "status"), [(999, 404), (0, 422), ("abc", 422)])
def test_read_missing_or_invalid_post(client: TestClient, post_id: object, status: int) -> None:
    assert client.get(f"/posts/{post_id}").status_code == status


def test_list_posts_is_public_and_newest_first(
    client: TestClient, alice: dict[str, str]
) -> None:
    for i in range(3):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=alice)
    r = client.get("/posts")
    assert r.status_code == 200
    assert [p["title"] for p in r.json()] == ["p2", "p1", "p0"]


def test_list_posts_pagination(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(25):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=alice)
    assert len(client.get("/posts").json()) == 20
    page = client.get("/posts", params={"limit": 10, "offset": 20}).json()
    assert [p["title"] for p in page] == ["p4", "p3", "p2", "p1", "p0"]
    assert client.get("/posts", params={"offset": 100}).json() == []


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -1}, {"offset": -1}, {"limit": "many"}],
)
def test_list_posts_rejects_bad_paging(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_author_can_replace_post(
    client: TestClient, alice: dict[str, str], post: dict[str, object]
) -> None:
    r = client.put(
        f"/posts/{post['id']}", json={"title": "Edited", "content": "New"}, headers=alice
    )
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"
    assert r.json()["content"] == "New"
    assert r.json()["updated_at"] is not None


def test_other_user_cannot_replace_post(
    client: TestClient, bob: dict[str, str], post: dict[str, object]
) -> None:
    r = client.put(
        f"/posts/{post['id']}", json={"title": "Hacked", "content": "x"}, headers=bob
    )
    assert r.status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_replace_without_token_is_401(client: TestClient, post: dict[str, object]) -> None:
    r = client.put(f"/posts/{post['id']}", json={"title": "t", "content": "c"})
    assert r.status_code == 401


def test_replace_missing_post_is_404(client: TestClient, alice: dict[str, str]) -> None:
    r = client.put("/posts/999", json={"title": "t", "content": "c"}, headers=alice)
    assert r.status_code == 404


def test_replace_with_invalid_body_is_422(
    client: TestClient, alice: dict[str, str], post: dict[str, object]
) -> None:
    r = client.put(f"/posts/{post['id']}", json={"title": ""}, headers=alice)
    assert r.status_code == 422


def test_author_can_delete_post(
    client: TestClient, alice: dict[str, str], post: dict[str, object]
) -> None:
    r = client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_other_user_cannot_delete_post(
    client: TestClient, bob: dict[str, str], post: dict[str, object]
) -> None:
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").status_code == 200


def test_delete_missing_post_is_404(client: TestClient, alice: dict[str, str]) -> None:
    assert client.delete("/posts/999", headers=alice).status_code == 404


def test_delete_without_token_is_401(client: TestClient, post: dict[str, object]) -> None:
    assert client.delete(f"/posts/{post['id']}").status_code == 401
