from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from todo_api.models import AuditEvent, Todo


def _create(client: TestClient, headers: dict, **body: object) -> dict:
    r = client.post("/todos", json={"title": "Buy milk", **body}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_crud_happy_path(client: TestClient, alice: dict) -> None:
    todo = _create(client, alice, description="2 litres")
    assert todo["id"] >= 1 and todo["done"] is False

    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200 and r.json()["description"] == "2 litres"

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True and r.json()["title"] == "Buy milk"

    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": 42},
        {"title": "ok", "done": "yes"},
        {"title": "ok", "done": 1},
        {"title": "ok", "description": "d" * 2001},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_validation(client: TestClient, db: Session, alice: dict, body: dict) -> None:
    r = client.post("/todos", json=body, headers=alice)
    assert r.status_code == 422
    assert db.exec(select(Todo)).all() == []


@pytest.mark.parametrize(
    "body",
    [{"title": None}, {"done": None}, {"title": ""}, {"done": "true"}, {"id": 7}],
)
def test_update_validation(client: TestClient, alice: dict, body: dict) -> None:
    todo = _create(client, alice)
    r = client.patch(f"/todos/{todo['id']}", json=body, headers=alice)
    assert r.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["title"] == "Buy milk"


def test_description_can_be_cleared(client: TestClient, alice: dict) -> None:
    todo = _create(client, alice, description="temp")
    r = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)
    assert r.status_code == 200 and r.json()["description"] is None


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_other_users_todo_is_404(
    client: TestClient, alice: dict, bob: dict, method: str
) -> None:
    todo = _create(client, alice)
    kwargs = {"json": {"title": "hijack"}} if method == "PATCH" else {}
    r = client.request(method, f"/todos/{todo['id']}", headers=bob, **kwargs)
    assert r.status_code == 404
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["title"] == "Buy milk"


@pytest.mark.parametrize("todo_id", ["999", "0", "-1", "abc", str(2**64)])
def test_missing_or_malformed_ids(client: TestClient, alice: dict, todo_id: str) -> None:
    r = client.get(f"/todos/{todo_id}", headers=alice)
    assert r.status_code in (404, 422)
    assert r.status_code == (404 if todo_id == "999" else 422)


def test_list_is_scoped_and_paginated(client: TestClient, alice: dict, bob: dict) -> None:
    for i in range(5):
        _create(client, alice, title=f"a{i}")
    _create(client, bob, title="b0")

    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice).json()
    assert page["total"] == 5
    assert [t["title"] for t in page["items"]] == ["a1", "a2"]

    page = client.get("/todos", headers=bob).json()
    assert [t["title"] for t in page["items"]] == ["b0"]


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"offset": 10_001}, {"limit": "ten"}],
)
def test_list_bounds(client: TestClient, alice: dict, params: dict) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


def test_changes_are_audited(client: TestClient, db: Session, alice: dict) -> None:
    todo = _create(client, alice)
    client.patch(f"/todos/{todo['id']}", json={"title": "Buy oat milk", "done": True}, headers=alice)
    client.delete(f"/todos/{todo['id']}", headers=alice)

    events = db.exec(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [e.action for e in events] == [
        "user.signup",
        "auth.login",
        "todo.create",
        "todo.update",
        "todo.delete",
    ]
    update = events[3]
    assert update.fields == "done,title"
    assert update.entity_id == todo["id"]
    # Audit rows must never carry todo contents.
    assert all("milk" not in (e.fields or "") for e in events)


def test_request_id_is_echoed(client: TestClient, alice: dict) -> None:
    r = client.get("/todos", headers={**alice, "X-Request-ID": "trace-12345678"})
    assert r.headers["X-Request-ID"] == "trace-12345678"
    r = client.get("/todos", headers={**alice, "X-Request-ID": "<script>"})
    assert r.headers["X-Request-ID"] != "<script>"
