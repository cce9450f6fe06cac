"""Tests for the ``/posts/{post_id}/comments`` endpoints."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def test_add_comment_returns_201(
    client: TestClient, bob: dict[str, str], post: dict[str, object]
) -> None:
    r = client.post(f"/posts/{post['id']}/comments", json={"body": "Nice!"}, headers=bob)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] == 1
    assert body["post_id"] == post["id"]
    assert body["author"] == "bob"
    assert body["body"] == "Nice!"


def test_comment_count_is_reported_on_post(
    client: TestClient, bob: dict[str, str], post: dict[str, object]
) -> None:
    for _ in range(3):
        client.post(f"/posts/{post['id']}/comments", json={"body": "hi"}, headers=bob)
    assert client.get(f"/posts/{post['id']}").json()["n_comments"] == 3


def test_comment_on_missing_post_is_404(client: TestClient, bob: dict[str, str]) -> None:
    r = client.post("/posts/999/comments", json={"body": "hello?"}, headers=bob)
    assert r.status_code == 404


def test_comment_requires_token(client: TestClient, post: dict[str, object]) -> None:
    r = client.post(f"/posts/{post['id']}/comments", json={"body": "anon"})
    assert r.status_code == 401


@pytest.mark.parametrize("body", [{}, {"body": ""}, {"body": "x" * 2001}, {"body": 5}])
def test_invalid_comment_is_422(
    client: TestClient, bob: dict[str, str], post: dict[str, object], body: dict[str, object]
) -> None:
    r = client.post(f"/posts/{post['id']}/comments", json=body, headers=bob)
    assert r.status_code == 422


def test_anyone_can_list_comments_oldest_first(
    client: TestClient, bob: dict[str, str], post: dict[str, object]
) -> None:
    for i in range(3):
        client.post(f"/posts/{post['id']}/comments", json={"body": f"c{i}"}, headers=bob)
    r = client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert [c["body"] for c in r.json()] == ["c0", "c1", "c2"]


def test_list_comments_pagination(
    client: TestClient, bob: dict[str, str], post: dict[str, object]
) -> None:
    for i in range(5):
        client.post(f"/posts/{post['id']}/comments", json={"body": f"c{i}"}, headers=bob)
    page = client.get(f"/posts/{post['id']}/comments", params={"limit": 2, "offset": 3})
    assert [c["body"] for c in page.json()] == ["c3", "c4"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1000}, {"offset": -5}])
def test_list_comments_rejects_bad_paging(
    client: TestClient, post: dict[str, object], params: dict[str, object]
) -> None:
    r = client.get(f"/posts/{post['id']}/comments", params=params)
    assert r.status_code == 422


def test_list_comments_of_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999/comments").status_code == 404


def test_comments_disappear_with_their_post(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], post: dict[str, object]
) -> None:
    client.post(f"/posts/{post['id']}/comments", json={"body": "hi"}, headers=bob)
    client.delete(f"/posts/{post['id']}", headers=alice)
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
