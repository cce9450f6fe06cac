from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Login = Callable[[str], dict[str, str]]


def _create(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    response = client.post("/posts", json={"title": title, "content": "Body"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_and_read_post(client: TestClient, auth_headers: Login) -> None:
    post = _create(client, auth_headers("alice"))
    assert post["id"] > 0 and post["author_username"] == "alice"

    response = client.get(f"/posts/{post['id']}")
    assert response.status_code == 200
    assert response.json()["title"] == "Hello"


def test_create_post_requires_auth(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "", "content": "c"}, {"title": "t"}, {"title": 123, "content": ["x"]}],
)
def test_create_post_validation(client: TestClient, auth_headers: Login, payload: dict) -> None:
    assert client.post("/posts", json=payload, headers=auth_headers("alice")).status_code == 422


def test_get_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/9999").status_code == 404


def test_list_posts_is_paginated(client: TestClient, auth_headers: Login) -> None:
    headers = auth_headers("alice")
    for i in range(5):
        _create(client, headers, title=f"Post {i}")

    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 5
    assert [p["title"] for p in page["items"]] == ["Post 3", "Post 2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}])
def test_list_posts_rejects_bad_paging(client: TestClient, params: dict) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_author_can_update_and_delete(client: TestClient, auth_headers: Login) -> None:
    headers = auth_headers("alice")
    post = _create(client, headers)

    response = client.put(
        f"/posts/{post['id']}", json={"title": "Edited", "content": "New"}, headers=headers
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Edited"

    assert client.delete(f"/posts/{post['id']}", headers=headers).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_other_user_cannot_modify_post(client: TestClient, auth_headers: Login) -> None:
    post = _create(client, auth_headers("alice"))
    mallory = auth_headers("mallory")

    update = client.put(f"/posts/{post['id']}", json={"title": "x", "content": "y"}, headers=mallory)
    assert update.status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=mallory).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_update_missing_post_is_404(client: TestClient, auth_headers: Login) -> None:
    response = client.put(
        "/posts/9999", json={"title": "x", "content": "y"}, headers=auth_headers("alice")
    )
    assert response.status_code == 404


def test_delete_without_token_is_401(client: TestClient, auth_headers: Login) -> None:
    post = _create(client, auth_headers("alice"))
    assert client.delete(f"/posts/{post['id']}").status_code == 401
