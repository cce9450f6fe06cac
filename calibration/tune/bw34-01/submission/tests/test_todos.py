from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def _create(client: TestClient, headers: dict[str, str], **fields: object) -> dict[str, object]:
    payload: dict[str, object] = {"title": "write tests", **fields}
    r = client.post("/todos", json=payload, headers=headers)
    assert r.status_code == 201, r.text
    body: dict[str, object] = r.json()
    return body


def test_create_and_read(client: TestClient, alice: dict[str, str]) -> None:
    created = _create(client, alice, description="then the code")
    assert created["done"] is False
    assert isinstance(created["id"], int)

    r = client.get(f"/todos/{created['id']}", headers=alice)
    assert r.status_code == 200
    assert r.json() == created


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": "ok", "done": "maybe"},
        {"title": None},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_validation(client: TestClient, alice: dict[str, str], payload: object) -> None:
    r = client.post("/todos", json=payload, headers=alice)
    assert r.status_code == 422


def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/todos", json={"title": "x"}).status_code == 401


def test_list_is_paginated_and_scoped(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    for i in range(5):
        _create(client, alice, title=f"a{i}")
    _create(client, bob, title="b0")

    r = client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice)
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 5
    assert [t["title"] for t in page["items"]] == ["a1", "a2"]

    r = client.get("/todos", headers=bob)
    assert [t["title"] for t in r.json()["items"]] == ["b0"]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}]
)
def test_list_rejects_bad_pagination(
    client: TestClient, alice: dict[str, str], params: dict[str, object]
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


def test_update_partial(client: TestClient, alice: dict[str, str]) -> None:
    todo = _create(client, alice, description="desc")
    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    body = r.json()
    assert body["done"] is True
    assert body["title"] == "write tests"
    assert body["description"] == "desc"

    r = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)
    assert r.status_code == 200
    assert r.json()["description"] is None


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}, {"x": 1}])
def test_update_validation(client: TestClient, alice: dict[str, str], payload: object) -> None:
    todo = _create(client, alice)
    r = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
    assert r.status_code == 422
    # unchanged
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["title"] == "write tests"


def test_delete(client: TestClient, alice: dict[str, str]) -> None:
    todo = _create(client, alice)
    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_other_users_todo_is_404(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], method: str
) -> None:
    todo = _create(client, alice)
    kwargs: dict[str, object] = {"headers": bob}
    if method == "patch":
        kwargs["json"] = {"done": True}
    r = client.request(method.upper(), f"/todos/{todo['id']}", **kwargs)  # type: ignore[arg-type]
    assert r.status_code == 404
    # and alice's todo is untouched
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["done"] is False


@pytest.mark.parametrize("todo_id", ["9999", "0", "abc"])
def test_missing_or_malformed_id(client: TestClient, alice: dict[str, str], todo_id: str) -> None:
    r = client.get(f"/todos/{todo_id}", headers=alice)
    assert r.status_code in (404, 422)
    assert r.status_code == (404 if todo_id == "9999" else 422)
