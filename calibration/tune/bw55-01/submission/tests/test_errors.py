from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

import pytest
from fastapi.testclient import TestClient

from tests.support import PASSWORD, TEST_SETTINGS, Headers, fresh_username, sign_up_and_login
from todo_api.domain import DEFAULT_PAGE_SIZE
from todo_api.security import TokenService


def test_signup_answers_201_and_never_echoes_the_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": fresh_username(), "password": PASSWORD})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}
    assert PASSWORD not in r.text


def test_usernames_are_unique_ignoring_case(client: TestClient) -> None:
    name = "Dup" + uuid4().hex[:8]
    body = {"username": name, "password": PASSWORD}
    assert client.post("/auth/signup", json=body).status_code == 201
    r = client.post("/auth/signup", json={**body, "username": name.lower()})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "ab", "password": PASSWORD},
        {"username": "has space", "password": PASSWORD},
        {"username": "x" * 33, "password": PASSWORD},
        {"username": "okname", "password": "short"},
        {"username": "okname", "password": 12345678},
        {"username": "okname", "password": PASSWORD, "is_admin": True},
    ],
)
def test_signup_rejects_malformed_payloads(client: TestClient, payload: dict[str, Any]) -> None:
    assert client.post("/auth/signup", json=payload).status_code == 422


def test_wrong_password_and_unknown_user_look_the_same(client: TestClient) -> None:
    name = fresh_username()
    sign_up_and_login(client, name)
    wrong = client.post("/auth/token", data={"username": name, "password": "not the password"})
    unknown = client.post("/auth/token", data={"username": fresh_username(), "password": PASSWORD})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_me_returns_the_caller(client: TestClient, alice: Headers) -> None:
    r = client.get("/auth/me", headers=alice)
    assert r.status_code == 200
    UUID(r.json()["id"])


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/todos", None),
        ("POST", "/todos", {"title": "x"}),
        ("GET", f"/todos/{uuid4()}", None),
        ("PATCH", f"/todos/{uuid4()}", {"done": True}),
        ("DELETE", f"/todos/{uuid4()}", None),
    ],
)
def test_every_todo_route_requires_a_token(
    client: TestClient, method: str, path: str, body: dict[str, Any] | None
) -> None:
    r = client.request(method, path, json=body)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_expired_token_is_401(client: TestClient, alice: Headers) -> None:
    user_id = UUID(client.get("/auth/me", headers=alice).json()["id"])
    expired = TokenService(TEST_SETTINGS.jwt_secret, "HS256", -60).issue(user_id)
    r = client.get("/todos", headers={"Authorization": f"Bearer {expired}"})
    assert r.status_code == 401


def test_token_signed_with_another_key_is_401(client: TestClient, alice: Headers) -> None:
    user_id = UUID(client.get("/auth/me", headers=alice).json()["id"])
    forged = TokenService("another-secret-" + "y" * 40, "HS256", 300).issue(user_id)
    r = client.get("/todos", headers={"Authorization": f"Bearer {forged}"})
    assert r.status_code == 401


def test_unknown_todo_is_404_and_malformed_id_is_422(client: TestClient, alice: Headers) -> None:
    assert client.get(f"/todos/{uuid4()}", headers=alice).status_code == 404
    assert client.get("/todos/not-a-uuid", headers=alice).status_code == 422


def test_delete_is_204_then_404(client: TestClient, alice: Headers) -> None:
    todo = client.post("/todos", json={"title": "gone soon"}, headers=alice).json()
    first = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert first.status_code == 204
    assert first.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": "ok", "description": "d" * 2001},
        {"title": "ok", "done": "true"},
    ],
)
def test_create_rejects_malformed_todos(
    client: TestClient, alice: Headers, payload: dict[str, Any]
) -> None:
    assert client.post("/todos", json=payload, headers=alice).status_code == 422


def test_create_rejects_non_json_body(client: TestClient, alice: Headers) -> None:
    r = client.post(
        "/todos", content=b"{not json", headers={**alice, "Content-Type": "application/json"}
    )
    assert r.status_code == 422


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}])
def test_patch_rejects_nulls_and_blanks(
    client: TestClient, alice: Headers, payload: dict[str, Any]
) -> None:
    todo = client.post("/todos", json={"title": "keep me"}, headers=alice).json()
    r = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
    assert r.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["title"] == "keep me"


def test_default_page_size(client: TestClient) -> None:
    user = sign_up_and_login(client)
    for i in range(DEFAULT_PAGE_SIZE + 5):
        client.post("/todos", json={"title": f"t{i}"}, headers=user)
    page = client.get("/todos", headers=user).json()
    assert page["limit"] == DEFAULT_PAGE_SIZE
    assert len(page["items"]) == DEFAULT_PAGE_SIZE
    assert page["total"] == DEFAULT_PAGE_SIZE + 5


def test_openapi_documents_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {"/auth/signup", "/auth/token", "/auth/me", "/todos", "/todos/{todo_id}"}
    assert "404" in paths["/todos/{todo_id}"]["get"]["responses"]
