from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Headers


def test_comment_on_post(client: TestClient, bob: Headers, post: dict[str, Any]) -> None:
    response = client.post(f"/posts/{post['id']}/comments", json={"content": "Great read"}, headers=bob)

    assert response.status_code == 201
    body = response.json()
    assert body["id"] > 0
    assert body["post_id"] == post["id"]
    assert body["author"]["username"] == "bob"
    assert body["content"] == "Great read"


def test_comment_on_missing_post_is_404(client: TestClient, alice: Headers) -> None:
    response = client.post("/posts/999/comments", json={"content": "hello?"}, headers=alice)

    assert response.status_code == 404


def test_comment_requires_auth(client: TestClient, post: dict[str, Any]) -> None:
    response = client.post(f"/posts/{post['id']}/comments", json={"content": "anon"})

    assert response.status_code == 401


@pytest.mark.parametrize(
    "payload", [{}, {"content": ""}, {"content": "   "}, {"content": "x" * 2001}, {"content": 5}]
)
def test_comment_validation(
    client: TestClient, alice: Headers, post: dict[str, Any], payload: dict[str, object]
) -> None:
    response = client.post(f"/posts/{post['id']}/comments", json=payload, headers=alice)

    assert response.status_code == 422


def test_comments_are_public_and_paginated(client: TestClient, alice: Headers, post: dict[str, Any]) -> None:
    url = f"/posts/{post['id']}/comments"
    for text in ("one", "two", "three"):
        client.post(url, json={"content": text}, headers=alice)

    first = client.get(url, params={"limit": 2}).json()
    rest = client.get(url, params={"limit": 2, "offset": 2}).json()

    assert [c["content"] for c in first["items"]] == ["one", "two"]
    assert [c["content"] for c in rest["items"]] == ["three"]
    assert first["total"] == 3


def test_comments_of_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999/comments").status_code == 404


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -5}])
def test_comments_reject_bad_paging(client: TestClient, post: dict[str, Any], params: dict[str, object]) -> None:
    assert client.get(f"/posts/{post['id']}/comments", params=params).status_code == 422
