from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders


def _post(client: TestClient, headers: AuthHeaders) -> int:
    response = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    post_id: int = response.json()["id"]
    return post_id


def test_comment_and_list(client: TestClient, alice: AuthHeaders, bob: AuthHeaders) -> None:
    post_id = _post(client, alice)
    created = client.post(f"/posts/{post_id}/comments", json={"content": "Nice post"}, headers=bob)
    assert created.status_code == 201
    assert created.json()["author"]["username"] == "bob"

    listing = client.get(f"/posts/{post_id}/comments")  # public
    assert listing.status_code == 200
    assert listing.json()["count"] == 1
    assert listing.json()["results"][0]["content"] == "Nice post"


def test_comment_requires_auth(client: TestClient, alice: AuthHeaders) -> None:
    post_id = _post(client, alice)
    assert client.post(f"/posts/{post_id}/comments", json={"content": "hi"}).status_code == 401


def test_comment_on_missing_post_is_404(client: TestClient, alice: AuthHeaders) -> None:
    assert client.post("/posts/999/comments", json={"content": "hi"}, headers=alice).status_code == 404
    assert client.get("/posts/999/comments").status_code == 404


def test_empty_comment_is_422(client: TestClient, alice: AuthHeaders) -> None:
    post_id = _post(client, alice)
    assert client.post(f"/posts/{post_id}/comments", json={"content": ""}, headers=alice).status_code == 422


def test_deleting_post_deletes_comments(client: TestClient, alice: AuthHeaders) -> None:
    post_id = _post(client, alice)
    client.post(f"/posts/{post_id}/comments", json={"content": "hi"}, headers=alice)
    assert client.delete(f"/posts/{post_id}", headers=alice).status_code == 204
    assert client.get(f"/posts/{post_id}/comments").status_code == 404
