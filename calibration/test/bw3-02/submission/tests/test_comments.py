from collections.abc import Callable

from fastapi.testclient import TestClient

Login = Callable[[str], dict[str, str]]


def _post_id(client: TestClient, headers: dict[str, str]) -> int:
    response = client.post("/posts", json={"title": "T", "content": "C"}, headers=headers)
    return response.json()["id"]


def test_comment_and_list(client: TestClient, auth_headers: Login) -> None:
    post_id = _post_id(client, auth_headers("alice"))
    bob = auth_headers("bob")

    created = client.post(f"/posts/{post_id}/comments", json={"content": "Nice"}, headers=bob)
    assert created.status_code == 201
    assert created.json()["author_username"] == "bob"

    page = client.get(f"/posts/{post_id}/comments").json()
    assert page["total"] == 1
    assert page["items"][0]["content"] == "Nice"


def test_comment_on_missing_post_is_404(client: TestClient, auth_headers: Login) -> None:
    response = client.post("/posts/404/comments", json={"content": "?"}, headers=auth_headers("bob"))
    assert response.status_code == 404


def test_list_comments_of_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/404/comments").status_code == 404


def test_comment_requires_auth(client: TestClient, auth_headers: Login) -> None:
    post_id = _post_id(client, auth_headers("alice"))
    assert client.post(f"/posts/{post_id}/comments", json={"content": "x"}).status_code == 401


def test_empty_comment_is_422(client: TestClient, auth_headers: Login) -> None:
    headers = auth_headers("alice")
    post_id = _post_id(client, headers)
    response = client.post(f"/posts/{post_id}/comments", json={"content": ""}, headers=headers)
    assert response.status_code == 422


def test_deleting_post_removes_its_comments(client: TestClient, auth_headers: Login) -> None:
    headers = auth_headers("alice")
    post_id = _post_id(client, headers)
    client.post(f"/posts/{post_id}/comments", json={"content": "x"}, headers=headers)
    assert client.delete(f"/posts/{post_id}", headers=headers).status_code == 204
    assert client.get(f"/posts/{post_id}/comments").status_code == 404
