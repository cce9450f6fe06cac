from fastapi.testclient import TestClient


def _create_post(client: TestClient, headers: dict, title: str = "Hello") -> dict:
    resp = client.post("/posts", json={"title": title, "content": "Body text"}, headers=headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


def test_create_and_read_post(client: TestClient, alice: dict) -> None:
    post = _create_post(client, alice)
    assert post["author"] == "alice"
    assert isinstance(post["id"], int)

    resp = client.get(f"/posts/{post['id']}")
    assert resp.status_code == 200
    assert resp.json()["title"] == "Hello"


def test_create_requires_auth(client: TestClient) -> None:
    resp = client.post("/posts", json={"title": "t", "content": "c"})
    assert resp.status_code == 401


def test_create_validation(client: TestClient, alice: dict) -> None:
    assert client.post("/posts", json={"content": "no title"}, headers=alice).status_code == 422
    assert client.post("/posts", json={"title": "   ", "content": "c"}, headers=alice).status_code == 422


def test_list_is_public_and_paginated(client: TestClient, alice: dict) -> None:
    for i in range(3):
        _create_post(client, alice, title=f"Post {i}")
    resp = client.get("/posts", params={"limit": 2})
    assert resp.status_code == 200
    assert len(resp.json()) == 2
    resp = client.get("/posts", params={"limit": 2, "offset": 2})
    assert len(resp.json()) == 1


def test_list_rejects_bad_pagination(client: TestClient) -> None:
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 1000}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422


def test_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404


def test_author_can_update(client: TestClient, alice: dict) -> None:
    post = _create_post(client, alice)
    resp = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
    assert resp.status_code == 200
    assert resp.json()["title"] == "Edited"
    assert resp.json()["content"] == "Body text"


def test_other_user_cannot_update_or_delete(client: TestClient, alice: dict, bob: dict) -> None:
    post = _create_post(client, alice)
    resp = client.patch(f"/posts/{post['id']}", json={"title": "Hijacked"}, headers=bob)
    assert resp.status_code == 403
    resp = client.delete(f"/posts/{post['id']}", headers=bob)
    assert resp.status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_author_can_delete(client: TestClient, alice: dict) -> None:
    post = _create_post(client, alice)
    resp = client.delete(f"/posts/{post['id']}", headers=alice)
    assert resp.status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_comments_flow(client: TestClient, alice: dict, bob: dict) -> None:
    post = _create_post(client, alice)
    resp = client.post(f"/posts/{post['id']}/comments", json={"body": "Nice!"}, headers=bob)
    assert resp.status_code == 201
    assert resp.json()["author"] == "bob"

    resp = client.get(f"/posts/{post['id']}/comments")
    assert resp.status_code == 200
    assert [c["body"] for c in resp.json()] == ["Nice!"]


def test_comment_on_missing_post(client: TestClient, bob: dict) -> None:
    resp = client.post("/posts/12345/comments", json={"body": "Hello?"}, headers=bob)
    assert resp.status_code == 404


def test_comment_requires_auth(client: TestClient, alice: dict) -> None:
    post = _create_post(client, alice)
    resp = client.post(f"/posts/{post['id']}/comments", json={"body": "anon"})
    assert resp.status_code == 401
