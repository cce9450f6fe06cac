from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Login = Callable[[str], dict[str, str]]


def test_create_post_returns_201_with_author(client: TestClient, login: Login) -> None:
    headers = login("ada")

    response = client.post("/posts", json={"title": "Notes", "content": "On engines"}, headers=headers)

    assert response.status_code == 201
    body = response.json()
    assert body["id"] >= 1
    assert body["title"] == "Notes"
    assert body["author"]["username"] == "ada"


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "only title"}, {"title": "   ", "content": "c"}, {"title": "t", "content": 42}],
)
def test_create_post_validation(client: TestClient, login: Login, payload: dict[str, object]) -> None:
    response = client.post("/posts", json=payload, headers=login("ada"))

    assert response.status_code == 422
    assert client.get("/posts").json()["data"] == []


def test_posts_are_public_and_paginated(client: TestClient, login: Login, make_post: Callable[..., dict[str, object]]) -> None:
    headers = login("ada")
    for n in range(3):
        make_post(headers, title=f"post {n}")

    first = client.get("/posts", params={"limit": 2})
    rest = client.get("/posts", params={"limit": 2, "offset": 2})

    assert first.status_code == 200
    assert [p["title"] for p in first.json()["data"]] == ["post 2", "post 1"]
    assert [p["title"] for p in rest.json()["data"]] == ["post 0"]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}]
)
def test_pagination_bounds_are_enforced(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404


@pytest.mark.parametrize("post_id", ["0", "abc", "99999999999999999999"])
def test_malformed_post_id_is_422(client: TestClient, post_id: str) -> None:
    assert client.get(f"/posts/{post_id}").status_code == 422


def test_author_can_patch(client: TestClient, login: Login, make_post: Callable[..., dict[str, object]]) -> None:
    headers = login("ada")
    post = make_post(headers)

    response = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=headers)

    assert response.status_code == 200
    assert response.json()["title"] == "Edited"
    assert response.json()["content"] == "World"


def test_patch_rejects_explicit_null(client: TestClient, login: Login, make_post: Callable[..., dict[str, object]]) -> None:
    headers = login("ada")
    post = make_post(headers)

    response = client.patch(f"/posts/{post['id']}", json={"title": None}, headers=headers)

    assert response.status_code == 422


def test_other_user_cannot_patch_or_delete(client: TestClient, login: Login, make_post: Callable[..., dict[str, object]]) -> None:
    post = make_post(login("ada"))
    intruder = login("mallory")

    patched = client.patch(f"/posts/{post['id']}", json={"title": "pwned"}, headers=intruder)
    deleted = client.delete(f"/posts/{post['id']}", headers=intruder)

    assert patched.status_code == 403
    assert deleted.status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_patch_and_delete_missing_post_are_404(client: TestClient, login: Login) -> None:
    headers = login("ada")

    assert client.patch("/posts/999", json={"title": "x"}, headers=headers).status_code == 404
    assert client.delete("/posts/999", headers=headers).status_code == 404


def test_author_can_delete(client: TestClient, login: Login, make_post: Callable[..., dict[str, object]]) -> None:
    headers = login("ada")
    post = make_post(headers)

    response = client.delete(f"/posts/{post['id']}", headers=headers)

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404
