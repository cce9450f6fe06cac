import pytest
from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders


def test_list_is_public_and_paginated(client: TestClient, alice: AuthHeaders) -> None:
    for i in range(25):
        client.post("/api/posts", json={"title": f"Post {i:02d}", "content": "..."}, headers=alice)
    r = client.get("/api/posts")
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 25 and body["limit"] == 20 and len(body["results"]) == 20
    assert body["results"][0]["title"] == "Post 24"  # newest first

    r = client.get("/api/posts", params={"limit": 10, "offset": 20, "ordering": "title"})
    assert [p["title"] for p in r.json()["results"]] == [f"Post {i:02d}" for i in range(20, 25)]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}, {"ordering": "password"}]
)
def test_list_rejects_bad_params(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/api/posts", params=params).status_code == 422


def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/api/posts", json={"title": "t", "content": "c"}).status_code == 401


def test_create_and_retrieve(client: TestClient, alice: AuthHeaders) -> None:
    r = client.post("/api/posts", json={"title": "Hello", "content": "World"}, headers=alice)
    assert r.status_code == 201
    post = r.json()
    assert post["author"]["username"] == "alice"
    assert "password" not in r.text

    r = client.get(f"/api/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["content"] == "World"


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "no content"}, {"title": "", "content": "x"}, {"title": ["x"], "content": "x"},
     {"title": "x", "content": "x", "author_id": 2}],
)
def test_create_validation(client: TestClient, alice: AuthHeaders, payload: dict[str, object]) -> None:
    assert client.post("/api/posts", json=payload, headers=alice).status_code == 422
    assert client.get("/api/posts").json()["count"] == 0


def test_retrieve_missing(client: TestClient) -> None:
    assert client.get("/api/posts/999").status_code == 404
    assert client.get("/api/posts/not-an-int").status_code == 422


def test_author_can_edit(client: TestClient, alice: AuthHeaders, post_id: int) -> None:
    r = client.patch(f"/api/posts/{post_id}", json={"title": "Edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"
    assert r.json()["content"] == "First post."


def test_edit_rejects_null_and_unknown_fields(client: TestClient, alice: AuthHeaders, post_id: int) -> None:
    assert client.patch(f"/api/posts/{post_id}", json={"title": None}, headers=alice).status_code == 422
    assert client.patch(f"/api/posts/{post_id}", json={"author_id": 2}, headers=alice).status_code == 422


def test_other_user_cannot_edit_or_delete(client: TestClient, bob: AuthHeaders, post_id: int) -> None:
    assert client.patch(f"/api/posts/{post_id}", json={"title": "Mine now"}, headers=bob).status_code == 403
    assert client.delete(f"/api/posts/{post_id}", headers=bob).status_code == 403
    assert client.get(f"/api/posts/{post_id}").json()["title"] == "Hello"


def test_edit_and_delete_require_auth(client: TestClient, post_id: int) -> None:
    assert client.patch(f"/api/posts/{post_id}", json={"title": "x"}).status_code == 401
    assert client.delete(f"/api/posts/{post_id}").status_code == 401


def test_edit_missing_post(client: TestClient, alice: AuthHeaders) -> None:
    assert client.patch("/api/posts/999", json={"title": "x"}, headers=alice).status_code == 404
    assert client.delete("/api/posts/999", headers=alice).status_code == 404


def test_author_can_delete(client: TestClient, alice: AuthHeaders, post_id: int) -> None:
    r = client.delete(f"/api/posts/{post_id}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/api/posts/{post_id}").status_code == 404
