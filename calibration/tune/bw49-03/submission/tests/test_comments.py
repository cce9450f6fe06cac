from fastapi.testclient import TestClient

from tests.conftest import AuthActions


def test_comment_flow(client: TestClient, auth: AuthActions) -> None:
    alice = auth.user("alice")
    post_id = client.post("/posts", json={"title": "T", "content": "C"}, headers=alice).json()["id"]
    bob = auth.user("bob")

    response = client.post(f"/posts/{post_id}/comments", json={"content": "Nice"}, headers=bob)
    assert response.status_code == 201
    assert response.json()["author"]["username"] == "bob"

    response = client.get(f"/posts/{post_id}/comments")
    assert response.status_code == 200
    assert [c["content"] for c in response.json()] == ["Nice"]
    assert client.get(f"/posts/{post_id}").json()["comment_count"] == 1


def test_comment_requires_auth(client: TestClient, auth: AuthActions) -> None:
    alice = auth.user("alice")
    post_id = client.post("/posts", json={"title": "T", "content": "C"}, headers=alice).json()["id"]
    response = client.post(f"/posts/{post_id}/comments", json={"content": "anon"})
    assert response.status_code == 401


def test_comment_on_missing_post(client: TestClient, auth: AuthActions) -> None:
    headers = auth.user("alice")
    response = client.post("/posts/999/comments", json={"content": "hi"}, headers=headers)
    assert response.status_code == 404
    assert client.get("/posts/999/comments").status_code == 404


def test_empty_comment_rejected(client: TestClient, auth: AuthActions) -> None:
    alice = auth.user("alice")
    post_id = client.post("/posts", json={"title": "T", "content": "C"}, headers=alice).json()["id"]
    response = client.post(f"/posts/{post_id}/comments", json={"content": ""}, headers=alice)
    assert response.status_code == 422
