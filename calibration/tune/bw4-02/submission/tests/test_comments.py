import pytest
from fastapi.testclient import TestClient


def test_comment_on_post(client: TestClient, bob: dict[str, str], post_id: int) -> None:
    r = client.post(f"/posts/{post_id}/comments", json={"content": "Nice!"}, headers=bob)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] > 0
    assert body["post_id"] == post_id
    assert body["author"] == "bob"


def test_comment_requires_auth(client: TestClient, post_id: int) -> None:
    assert client.post(f"/posts/{post_id}/comments", json={"content": "hi"}).status_code == 401


def test_comment_on_missing_post(client: TestClient, bob: dict[str, str]) -> None:
    r = client.post("/posts/999/comments", json={"content": "hi"}, headers=bob)
    assert r.status_code == 404


@pytest.mark.parametrize("payload", [{}, {"content": ""}, {"content": "   "}, {"content": "x" * 2001}])
def test_comment_validation(client: TestClient, bob: dict[str, str], post_id: int, payload: dict) -> None:
    assert client.post(f"/posts/{post_id}/comments", json=payload, headers=bob).status_code == 422


def test_list_comments_public_and_paginated(client: TestClient, bob: dict[str, str], post_id: int) -> None:
    for i in range(3):
        client.post(f"/posts/{post_id}/comments", json={"content": f"c{i}"}, headers=bob)
    page = client.get(f"/posts/{post_id}/comments", params={"limit": 2}).json()
    assert page["total"] == 3
    assert [c["content"] for c in page["items"]] == ["c0", "c1"]
    assert client.get(f"/posts/{post_id}/comments", params={"limit": 500}).status_code == 422


def test_list_comments_missing_post(client: TestClient) -> None:
    assert client.get("/posts/999/comments").status_code == 404


def test_deleting_post_removes_comments(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], post_id: int
) -> None:
    client.post(f"/posts/{post_id}/comments", json={"content": "hi"}, headers=bob)
    assert client.delete(f"/posts/{post_id}", headers=alice).status_code == 204
    assert client.get(f"/posts/{post_id}/comments").status_code == 404
