from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import ALICE, BOB


def test_signup_hides_the_password(client: TestClient) -> None:
    response = client.post("/users", json={"username": "carol", "password": "carol-password"})
    assert response.status_code == 201
    assert set(response.json()) == {"username", "joined_at"}
    assert client.post("/users", json={"username": "carol", "password": "x" * 8}).status_code == 409
    assert client.post("/users", json={"username": "c", "password": "short"}).status_code == 422


def test_me_needs_the_right_password(client: TestClient) -> None:
    assert client.get("/users/me", auth=ALICE).json()["username"] == "alice"
    assert client.get("/users/me", auth=("alice", "wrong-password")).status_code == 401
    assert client.get("/users/me", auth=("nobody", "whatever1")).status_code == 401
    assert client.get("/users/me").status_code == 401


def test_publish_list_and_read(client: TestClient) -> None:
    for i in range(3):
        response = client.post("/posts", json={"title": f"Post {i}", "content": "..."}, auth=ALICE)
        assert response.status_code == 201
    page = client.get("/posts", params={"skip": 1, "limit": 1}).json()
    assert page["total"] == 3
    assert [p["title"] for p in page["posts"]] == ["Post 1"]
    assert client.get("/posts", params={"limit": 500}).status_code == 422
    post_id = page["posts"][0]["id"]
    assert client.get(f"/posts/{post_id}").json()["author"] == "alice"
    assert client.get("/posts/9999").status_code == 404


def test_writing_needs_login(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


def test_only_the_author_edits_and_deletes(client: TestClient) -> None:
    post = client.post("/posts", json={"title": "Mine", "content": "."}, auth=ALICE).json()
    url = f"/posts/{post['id']}"
    assert client.patch(url, json={"title": "Hijacked"}, auth=BOB).status_code == 403
    assert client.delete(url, auth=BOB).status_code == 403
    assert client.patch(url, json={"title": "Renamed"}, auth=ALICE).json()["title"] == "Renamed"
    assert client.delete(url, auth=ALICE).status_code == 204
    assert client.get(url).status_code == 404


def test_comments(client: TestClient) -> None:
    post = client.post("/posts", json={"title": "Hi", "content": "."}, auth=ALICE).json()
    url = f"/posts/{post['id']}/comments"
    assert client.post(url, json={"text": "Nice"}, auth=BOB).status_code == 201
    assert client.post(url, json={"text": "Nice"}).status_code == 401
    assert [c["author"] for c in client.get(url).json()] == ["bob"]
    assert client.get("/posts/9999/comments").status_code == 404
