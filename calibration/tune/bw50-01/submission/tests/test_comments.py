from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient


def test_comment_flow(client: TestClient, register: Callable) -> None:
    alice = register("alice")
    bob = register("bob")
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()

    resp = client.post(f"/posts/{post['id']}/comments", json={"body": "nice"}, headers=bob)
    assert resp.status_code == 201
    assert resp.json()["author_username"] == "bob"

    listed = client.get(f"/posts/{post['id']}/comments")
    assert listed.status_code == 200
    assert [c["body"] for c in listed.json()] == ["nice"]


def test_comment_requires_auth(client: TestClient, register: Callable) -> None:
    alice = register("alice")
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    resp = client.post(f"/posts/{post['id']}/comments", json={"body": "anon"})
    assert resp.status_code == 401


def test_comment_on_missing_post_is_404(client: TestClient, register: Callable) -> None:
    bob = register("bob")
    resp = client.post("/posts/999/comments", json={"body": "hello?"}, headers=bob)
    assert resp.status_code == 404


def test_blank_comment_is_422(client: TestClient, register: Callable) -> None:
    alice = register("alice")
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    resp = client.post(f"/posts/{post['id']}/comments", json={"body": "   "}, headers=alice)
    assert resp.status_code == 422


def test_list_comments_of_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999/comments").status_code == 404
