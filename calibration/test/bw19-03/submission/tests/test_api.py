from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Login = Callable[[str], dict[str, str]]


# ---------------------------------------------------------------- auth


def test_signup_returns_user_without_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "ada", "password": "lovelace1815"})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "ada"}


def test_signup_twice_is_conflict(client: TestClient, login: Login) -> None:
    login("ada")
    r = client.post("/auth/signup", json={"username": "ada", "password": "another-pass"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "ada"},
        {"username": "ab", "password": "long enough"},
        {"username": "ada", "password": "short"},
        {"username": "no spaces", "password": "long enough"},
    ],
)
def test_signup_validation(client: TestClient, body: dict[str, str]) -> None:
    assert client.post("/auth/signup", json=body).status_code == 422


def test_wrong_password_is_401(client: TestClient, login: Login) -> None:
    login("ada")
    r = client.post("/auth/token", data={"username": "ada", "password": "wrong-password"})
    assert r.status_code == 401


def test_unknown_user_is_401(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "ghost", "password": "whatever1"})
    assert r.status_code == 401


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer not-a-token"}])
def test_todos_require_a_valid_token(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/todos", headers=headers).status_code == 401
    assert client.post("/todos", json={"title": "x"}, headers=headers).status_code == 401


# ---------------------------------------------------------------- todos


def test_crud_round_trip(client: TestClient, login: Login) -> None:
    h = login("ada")
    r = client.post("/todos", json={"title": "write notes"}, headers=h)
    assert r.status_code == 201
    todo = r.json()
    assert todo["title"] == "write notes" and todo["done"] is False and todo["description"] is None

    r = client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 200 and r.json() == todo

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True and r.json()["title"] == "write notes"

    r = client.delete(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=h).status_code == 404


@pytest.mark.parametrize(
    "body",
    [{}, {"title": ""}, {"title": "x", "done": "maybe"}, {"title": "x", "owner_id": 2}],
)
def test_create_validation(client: TestClient, login: Login, body: dict[str, object]) -> None:
    h = login("ada")
    assert client.post("/todos", json=body, headers=h).status_code == 422
    assert client.get("/todos", headers=h).json()["total"] == 0


def test_patch_cannot_null_the_title(client: TestClient, login: Login) -> None:
    h = login("ada")
    todo_id = client.post("/todos", json={"title": "x"}, headers=h).json()["id"]
    assert client.patch(f"/todos/{todo_id}", json={"title": None}, headers=h).status_code == 422


def test_other_users_todos_are_invisible(client: TestClient, login: Login) -> None:
    ada, bob = login("ada"), login("bob")
    todo_id = client.post("/todos", json={"title": "secret"}, headers=ada).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo_id}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["items"] == []
    assert client.get(f"/todos/{todo_id}", headers=ada).json()["done"] is False


def test_missing_todo_is_404(client: TestClient, login: Login) -> None:
    h = login("ada")
    assert client.get("/todos/999", headers=h).status_code == 404
    assert client.get("/todos/not-a-number", headers=h).status_code == 422


def test_pagination(client: TestClient, login: Login) -> None:
    h = login("ada")
    for i in range(5):
        client.post("/todos", json={"title": f"t{i}"}, headers=h)
    page = client.get("/todos", params={"limit": 2, "offset": 2}, headers=h).json()
    assert [t["title"] for t in page["items"]] == ["t2", "t3"]
    assert (page["total"], page["limit"], page["offset"]) == (5, 2, 2)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}])
def test_pagination_bounds(client: TestClient, login: Login, params: dict[str, object]) -> None:
    assert client.get("/todos", params=params, headers=login("ada")).status_code == 422
