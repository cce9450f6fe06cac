from fastapi.testclient import TestClient

from tests.conftest import Login


def test_comment_flow(client: TestClient, login: Login) -> None:
    ann = login("ann")
    bob = login("bob")
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=ann).json()["id"]

    r = client.post(f"/posts/{post_id}/comments", json={"content": "Nice!"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author_name"] == "bob"

    r = client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert [c["content"] for c in r.json()] == ["Nice!"]
    assert client.get(f"/posts/{post_id}").json()["comment_count"] == 1


def test_comment_requires_auth(client: TestClient, login: Login) -> None:
    ann = login("ann")
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=ann).json()["id"]
    assert client.post(f"/posts/{post_id}/comments", json={"content": "x"}).status_code == 401


def test_comment_on_missing_post(client: TestClient, login: Login) -> None:
    h = login("ann")
    assert client.post("/posts/999/comments", json={"content": "x"}, headers=h).status_code == 404
    assert client.get("/posts/999/comments").status_code == 404


def test_empty_comment_rejected(client: TestClient, login: Login) -> None:
    h = login("ann")
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=h).json()["id"]
    assert client.post(f"/posts/{post_id}/comments", json={"content": ""}, headers=h).status_code == 422
    assert client.get(f"/posts/{post_id}/comments").json() == []


def test_deleting_post_removes_comments(client: TestClient, login: Login) -> None:
    h = login("ann")
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=h).json()["id"]
    client.post(f"/posts/{post_id}/comments", json={"content": "x"}, headers=h)
    assert client.delete(f"/posts/{post_id}", headers=h).status_code == 204
    assert client.get(f"/posts/{post_id}/comments").status_code == 404
