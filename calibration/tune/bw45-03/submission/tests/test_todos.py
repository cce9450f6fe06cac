from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from todo_service.db import SessionLocal
from todo_service.models import AuditEvent

MakeUser = Callable[[str], dict[str, str]]


@pytest.fixture
def alice(make_user: MakeUser) -> dict[str, str]:
    return make_user("alice")


@pytest.fixture
def bob(make_user: MakeUser) -> dict[str, str]:
    return make_user("bob")


def _create(client: TestClient, headers: dict[str, str], title: str = "pay rent") -> dict:
    response = client.post("/todos", json={"title": title}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_returns_201_with_id(client: TestClient, alice: dict[str, str]) -> None:
    response = client.post(
        "/todos", json={"title": "  pay rent  ", "description": "before the 5th"}, headers=alice
    )
    assert response.status_code == 201
    body = response.json()
    assert body["id"] > 0
    assert body["title"] == "pay rent"
    assert body["done"] is False


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": None},
        {"title": 42},
        {"title": "x" * 201},
        {"title": "ok", "done": "yes"},
        {"title": "ok", "done": 1},
        {"title": "ok", "owner_id": 2},
        {"title": "ok", "description": "d" * 2001},
    ],
)
def test_create_rejects_invalid_payloads(
    client: TestClient, alice: dict[str, str], payload: dict
) -> None:
    assert client.post("/todos", json=payload, headers=alice).status_code == 422
    assert client.get("/todos", headers=alice).json()["total"] == 0


def test_create_rejects_non_json_body(client: TestClient, alice: dict[str, str]) -> None:
    response = client.post(
        "/todos", content=b"{not json", headers={**alice, "Content-Type": "application/json"}
    )
    assert response.status_code == 422


def test_list_is_paginated_and_scoped(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    for i in range(5):
        _create(client, alice, f"alice {i}")
    _create(client, bob, "bob only")

    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice).json()
    assert page["total"] == 5
    assert page["limit"] == 2 and page["offset"] == 1
    assert [t["title"] for t in page["items"]] == ["alice 1", "alice 2"]

    assert client.get("/todos", headers=bob).json()["total"] == 1


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}]
)
def test_list_rejects_out_of_range_paging(
    client: TestClient, alice: dict[str, str], params: dict
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


def test_read_update_delete_roundtrip(client: TestClient, alice: dict[str, str]) -> None:
    todo = _create(client, alice)
    url = f"/todos/{todo['id']}"

    assert client.get(url, headers=alice).json()["title"] == "pay rent"

    updated = client.patch(url, json={"done": True}, headers=alice)
    assert updated.status_code == 200
    assert updated.json()["done"] is True
    assert updated.json()["title"] == "pay rent"

    assert client.delete(url, headers=alice).status_code == 204
    assert client.get(url, headers=alice).status_code == 404


@pytest.mark.parametrize(
    "payload", [{}, {"title": None}, {"done": None}, {"done": "true"}, {"colour": "red"}]
)
def test_update_rejects_invalid_payloads(
    client: TestClient, alice: dict[str, str], payload: dict
) -> None:
    todo = _create(client, alice)
    response = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
    assert response.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["title"] == "pay rent"


def test_other_users_todo_is_invisible(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    todo = _create(client, alice)
    url = f"/todos/{todo['id']}"
    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get(url, headers=alice).json()["done"] is False


@pytest.mark.parametrize("todo_id", ["999", "0", "-1", "abc", str(2**63)])
def test_unknown_or_invalid_ids(client: TestClient, alice: dict[str, str], todo_id: str) -> None:
    response = client.get(f"/todos/{todo_id}", headers=alice)
    assert response.status_code in (404, 422)


def test_writes_are_audited(client: TestClient, alice: dict[str, str]) -> None:
    todo = _create(client, alice)
    client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    client.delete(f"/todos/{todo['id']}", headers=alice)
    with SessionLocal() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.action.like("todo.%")).order_by(AuditEvent.id)
        ).all()
    assert actions == ["todo.create", "todo.update", "todo.delete"]


def test_request_id_is_echoed(client: TestClient) -> None:
    response = client.get("/health", headers={"X-Request-ID": "abcdef12-3456"})
    assert response.headers["X-Request-ID"] == "abcdef12-3456"
