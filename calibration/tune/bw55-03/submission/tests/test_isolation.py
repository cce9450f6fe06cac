"""Users must never see or change each other's todos."""

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

CreateFn = Callable[..., dict[str, Any]]

pytestmark = pytest.mark.security


def test_other_user_cannot_read_my_todo(
    client: TestClient,
    auth_headers: dict[str, str],
    other_auth_headers: dict[str, str],
    create_todo: CreateFn,
) -> None:
    todo = create_todo(auth_headers)

    response = client.get(f"/todos/{todo['id']}", headers=other_auth_headers)

    assert response.status_code == 404
    assert response.json() == {"detail": "Todo not found"}


def test_other_user_gets_same_404_as_for_missing_todo(
    client: TestClient,
    auth_headers: dict[str, str],
    other_auth_headers: dict[str, str],
    create_todo: CreateFn,
) -> None:
    todo = create_todo(auth_headers)

    foreign = client.get(f"/todos/{todo['id']}", headers=other_auth_headers)
    missing = client.get("/todos/99999", headers=other_auth_headers)

    assert foreign.status_code == missing.status_code == 404
    assert foreign.json() == missing.json()


def test_other_user_cannot_update_my_todo(
    client: TestClient,
    auth_headers: dict[str, str],
    other_auth_headers: dict[str, str],
    create_todo: CreateFn,
) -> None:
    todo = create_todo(auth_headers)

    response = client.patch(
        f"/todos/{todo['id']}", json={"title": "hacked", "done": True}, headers=other_auth_headers
    )

    assert response.status_code == 404
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).json() == todo


def test_other_user_cannot_delete_my_todo(
    client: TestClient,
    auth_headers: dict[str, str],
    other_auth_headers: dict[str, str],
    create_todo: CreateFn,
) -> None:
    todo = create_todo(auth_headers)

    response = client.delete(f"/todos/{todo['id']}", headers=other_auth_headers)

    assert response.status_code == 404
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).status_code == 200


def test_lists_only_show_own_todos(
    client: TestClient,
    auth_headers: dict[str, str],
    other_auth_headers: dict[str, str],
    create_todo: CreateFn,
) -> None:
    create_todo(auth_headers, title="alice 1")
    create_todo(auth_headers, title="alice 2")
    create_todo(other_auth_headers, title="bob 1")

    alice = client.get("/todos", headers=auth_headers).json()
    bob = client.get("/todos", headers=other_auth_headers).json()

    assert [t["title"] for t in alice["items"]] == ["alice 1", "alice 2"]
    assert alice["total"] == 2
    assert [t["title"] for t in bob["items"]] == ["bob 1"]
    assert bob["total"] == 1


def test_done_filter_does_not_leak_other_users_todos(
    client: TestClient,
    auth_headers: dict[str, str],
    other_auth_headers: dict[str, str],
    create_todo: CreateFn,
) -> None:
    create_todo(other_auth_headers, title="bob done", done=True)

    body = client.get("/todos", params={"done": "true"}, headers=auth_headers).json()

    assert body["items"] == []
    assert body["total"] == 0


def test_token_identifies_the_right_user(
    client: TestClient, auth_headers: dict[str, str], other_auth_headers: dict[str, str]
) -> None:
    assert client.get("/auth/me", headers=auth_headers).json()["username"] == "alice"
    assert client.get("/auth/me", headers=other_auth_headers).json()["username"] == "bob"
