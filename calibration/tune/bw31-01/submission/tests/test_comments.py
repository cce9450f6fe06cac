from fastapi.testclient import TestClient

from tests.conftest import RegisterFn


def _post(client: TestClient, headers: dict[str, str]) -> int:
    response = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    post_id = response.json()["id"]
    assert isinstance(post_id, int)
    return post_id


def test_comment_on_post(client: TestClient, auth_headers: RegisterFn) -> None:
    ada = auth_headers("ada")
    bob = auth_headers("bob")
    post_id = _post(client, ada)
    created = client.post(f"/posts/{post_id}/comments", json={"body": "Nice!"}, headers=bob)
    assert created.status_code == 201
    assert created.json()["author"]["username"] == "bob"
    assert created.json()["post_id"] == post_id

    listing = client.get(f"/posts/{post_id}/comments")
    assert listing.status_code == 200
    assert [c["body"] for c in listing.json()["items"]] == ["Nice!"]
    assert client.get(f"/posts/{post_id}").json()["comment_count"] == 1


def test_comment_requires_authentication(client: TestClient, auth_headers: RegisterFn) -> None:
    post_id = _post(client, auth_headers("ada"))
    assert client.post(f"/posts/{post_id}/comments", json={"body": "hi"}).status_code == 401


def test_comment_on_missing_post_is_404(client: TestClient, auth_headers: RegisterFn) -> None:
    headers = auth_headers("ada")
    assert client.post("/posts/404/comments", json={"body": "hi"}, headers=headers).status_code == 404


def test_comments_of_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/404/comments").status_code == 404


def test_blank_comment_is_422(client: TestClient, auth_headers: RegisterFn) -> None:
    headers = auth_headers("ada")
    post_id = _post(client, headers)
    assert client.post(f"/posts/{post_id}/comments", json={"body": "   "}, headers=headers).status_code == 422
    assert client.get(f"/posts/{post_id}/comments").json()["total"] == 0


def test_deleting_post_deletes_comments(client: TestClient, auth_headers: RegisterFn) -> None:
    headers = auth_headers("ada")
    post_id = _post(client, headers)
    client.post(f"/posts/{post_id}/comments", json={"body": "x"}, headers=headers)
    assert client.delete(f"/posts/{post_id}", headers=headers).status_code == 204
    assert client.get(f"/posts/{post_id}/comments").status_code == 404
