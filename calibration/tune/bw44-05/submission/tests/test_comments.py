from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders


def test_comment_and_list(client: TestClient, bob: AuthHeaders, post_id: int) -> None:
    r = client.post(f"/api/posts/{post_id}/comments", json={"content": "Nice!"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"]["username"] == "bob"
    assert r.json()["post_id"] == post_id

    r = client.get(f"/api/posts/{post_id}/comments")
    assert r.status_code == 200
    assert r.json()["count"] == 1
    assert [c["content"] for c in r.json()["results"]] == ["Nice!"]


def test_comment_requires_auth(client: TestClient, post_id: int) -> None:
    assert client.post(f"/api/posts/{post_id}/comments", json={"content": "hi"}).status_code == 401


def test_comment_on_missing_post(client: TestClient, bob: AuthHeaders) -> None:
    assert client.post("/api/posts/999/comments", json={"content": "hi"}, headers=bob).status_code == 404
    assert client.get("/api/posts/999/comments").status_code == 404


def test_comment_validation(client: TestClient, bob: AuthHeaders, post_id: int) -> None:
    for payload in ({}, {"content": ""}, {"content": 5}):
        assert client.post(f"/api/posts/{post_id}/comments", json=payload, headers=bob).status_code == 422
    assert client.get(f"/api/posts/{post_id}/comments").json()["count"] == 0


def test_comment_pagination_bounds(client: TestClient, post_id: int) -> None:
    assert client.get(f"/api/posts/{post_id}/comments", params={"limit": 1000}).status_code == 422


def test_deleting_post_removes_comments(
    client: TestClient, alice: AuthHeaders, bob: AuthHeaders, post_id: int
) -> None:
    client.post(f"/api/posts/{post_id}/comments", json={"content": "bye"}, headers=bob)
    assert client.delete(f"/api/posts/{post_id}", headers=alice).status_code == 204
    assert client.get(f"/api/posts/{post_id}/comments").status_code == 404
