"""End-to-end through FastAPI + SQLAlchemy/aiosqlite: HTTP semantics, auth and validation."""

from collections.abc import Callable
from uuid import uuid4

import pytest
from fastapi.testclient import TestClient

Login = Callable[[str], dict[str, str]]


def _publish(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict[str, object]:
    response = client.post("/posts", json={"title": title, "content": "World"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


# --- accounts -----------------------------------------------------------------

def test_signup_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "ada", "password": "password123"})

    assert response.status_code == 201
    assert set(response.json()) == {"id", "username", "created_at"}


def test_duplicate_signup_is_409(client: TestClient, login: Login) -> None:
    login("ada")

    response = client.post("/auth/signup", json={"username": "ada", "password": "password123"})

    assert response.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "ada"},
        {"username": "a", "password": "password123"},
        {"username": "ada", "password": "short"},
        {"username": "ada", "password": "é" * 40},  # 80 bytes: over bcrypt's limit
        {"username": "ada!", "password": "password123"},
        {"username": "ada", "password": "password123", "is_admin": True},
    ],
)
def test_invalid_signup_is_422(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/auth/signup", json=body).status_code == 422


def test_wrong_password_is_401(client: TestClient, login: Login) -> None:
    login("ada")

    response = client.post("/auth/token", data={"username": "ada", "password": "nope-nope"})

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer not.a.jwt"}, {"Authorization": "Basic abc"}])
def test_writes_without_valid_token_are_401(client: TestClient, headers: dict[str, str]) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}, headers=headers).status_code == 401


# --- posts --------------------------------------------------------------------

def test_post_lifecycle(client: TestClient, login: Login) -> None:
    ada = login("ada")
    post = _publish(client, ada)

    assert client.get(f"/posts/{post['id']}").json()["author_username"] == "ada"

    edited = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=ada)
    assert edited.status_code == 200
    assert edited.json()["title"] == "Edited"
    assert edited.json()["content"] == "World"

    assert client.delete(f"/posts/{post['id']}", headers=ada).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_non_author_gets_403_and_post_is_untouched(client: TestClient, login: Login) -> None:
    post = _publish(client, login("ada"))
    bob = login("bob")

    assert client.patch(f"/posts/{post['id']}", json={"title": "Mine now"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": "t"},
        {"title": "", "content": "c"},
        {"title": "   ", "content": "c"},
        {"title": 1, "content": ["c"]},
    ],
)
def test_invalid_post_is_422_and_not_stored(client: TestClient, login: Login, body: dict[str, object]) -> None:
    assert client.post("/posts", json=body, headers=login("ada")).status_code == 422
    assert client.get("/posts").json()["total"] == 0


def test_empty_patch_is_422(client: TestClient, login: Login) -> None:
    ada = login("ada")
    post = _publish(client, ada)

    assert client.patch(f"/posts/{post['id']}", json={}, headers=ada).status_code == 422


def test_unknown_and_malformed_ids(client: TestClient, login: Login) -> None:
    ada = login("ada")

    assert client.get(f"/posts/{uuid4()}").status_code == 404
    assert client.patch(f"/posts/{uuid4()}", json={"title": "x"}, headers=ada).status_code == 404
    assert client.delete(f"/posts/{uuid4()}", headers=ada).status_code == 404
    assert client.get("/posts/not-a-uuid").status_code == 422


def test_pagination(client: TestClient, login: Login) -> None:
    ada = login("ada")
    for i in range(5):
        _publish(client, ada, title=f"post {i}")

    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()

    assert [p["title"] for p in page["items"]] == ["post 3", "post 2"]
    assert (page["total"], page["limit"], page["offset"]) == (5, 2, 1)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}, {"offset": 2**70}])
def test_out_of_range_pagination_is_422(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/posts", params=params).status_code == 422


# --- comments -----------------------------------------------------------------

def test_comments(client: TestClient, login: Login) -> None:
    post = _publish(client, login("ada"))
    bob = login("bob")

    created = client.post(f"/posts/{post['id']}/comments", json={"content": "Nice"}, headers=bob)
    listed = client.get(f"/posts/{post['id']}/comments")

    assert created.status_code == 201
    assert created.json()["author_username"] == "bob"
    assert listed.status_code == 200
    assert [c["content"] for c in listed.json()["items"]] == ["Nice"]


def test_comment_errors(client: TestClient, login: Login) -> None:
    ada = login("ada")
    post = _publish(client, ada)

    assert client.post(f"/posts/{uuid4()}/comments", json={"content": "hi"}, headers=ada).status_code == 404
    assert client.get(f"/posts/{uuid4()}/comments").status_code == 404
    assert client.post(f"/posts/{post['id']}/comments", json={"content": "hi"}).status_code == 401
    assert client.post(f"/posts/{post['id']}/comments", json={"content": " "}, headers=ada).status_code == 422


def test_deleting_a_post_deletes_its_comments(client: TestClient, login: Login) -> None:
    ada = login("ada")
    post = _publish(client, ada)
    client.post(f"/posts/{post['id']}/comments", json={"content": "hi"}, headers=ada)

    assert client.delete(f"/posts/{post['id']}", headers=ada).status_code == 204
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404


def test_openapi_documents_error_responses(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    patch = spec["paths"]["/posts/{post_id}"]["patch"]["responses"]

    assert {"200", "401", "403", "404", "422"} <= set(patch)
