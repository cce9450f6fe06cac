from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient


def _create(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    resp = client.post("/posts", json={"title": title, "content": "Body"}, headers=headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


def test_create_requires_auth(client: TestClient) -> None:
    resp = client.post("/posts", json={"title": "t", "content": "c"})
    assert resp.status_code == 401


def test_create_and_read(client: TestClient, register: Callable) -> None:
    headers = register("alice")
    post = _create(client, headers)
    assert post["author_username"] == "alice"
    resp = client.get(f"/posts/{post['id']}")
    assert resp.status_code == 200
    assert resp.json()["title"] == "Hello"


def test_create_rejects_missing_title(client: TestClient, register: Callable) -> None:
    headers = register("alice")
    resp = client.post("/posts", json={"content": "c"}, headers=headers)
    assert resp.status_code == 422


def test_create_rejects_author_override(client: TestClient, register: Callable) -> None:
    headers = register("alice")
    resp = client.post(
        "/posts", json={"title": "t", "content": "c", "author_id": 99}, headers=headers
    )
    assert resp.status_code == 422


def test_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/12345").status_code == 404


def test_oversized_id_is_422_not_500(client: TestClient) -> None:
    assert client.get(f"/posts/{2**70}").status_code == 422


def test_only_author_can_edit_or_delete(client: TestClient, register: Callable) -> None:
    alice = register("alice")
    mallory = register("mallory")
    post = _create(client, alice)

    resp = client.patch(f"/posts/{post['id']}", json={"title": "pwned"}, headers=mallory)
    assert resp.status_code == 403
    resp = client.delete(f"/posts/{post['id']}", headers=mallory)
    assert resp.status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_update_and_delete_by_author(client: TestClient, register: Callable) -> None:
    alice = register("alice")
    post = _create(client, alice)

    resp = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
    assert resp.status_code == 200
    assert resp.json()["title"] == "Edited"

    resp = client.delete(f"/posts/{post['id']}", headers=alice)
    assert resp.status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_empty_update_is_422(client: TestClient, register: Callable) -> None:
    alice = register("alice")
    post = _create(client, alice)
    resp = client.patch(f"/posts/{post['id']}", json={}, headers=alice)
    assert resp.status_code == 422


def test_pagination_bounds(client: TestClient, register: Callable) -> None:
    alice = register("alice")
    for i in range(5):
        _create(client, alice, title=f"post {i}")
    resp = client.get("/posts", params={"limit": 2, "offset": 1})
    assert resp.status_code == 200
    assert [p["title"] for p in resp.json()] == ["post 3", "post 2"]
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 101}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422
