from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]


def make(client: TestClient, headers: Headers, title: str = "buy milk") -> dict[str, object]:
    r = client.post("/todos", json={"title": title}, headers=headers)
    assert r.status_code == 201, r.text
    body: dict[str, object] = r.json()
    return body


def test_create_returns_201_with_id(client: TestClient, alice: Headers) -> None:
    r = client.post(
        "/todos", json={"title": "write tests", "description": "all of them"}, headers=alice
    )
    assert r.status_code == 201
    body = r.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "write tests"
    assert body["description"] == "all of them"
    assert body["done"] is False


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": 42},
        {"title": "ok", "done": "yes"},
        {"title": "ok", "done": 1},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_rejects_bad_input(client: TestClient, alice: Headers, payload: object) -> None:
    r = client.post("/todos", json=payload, headers=alice)
    assert r.status_code == 422
    # Nothing was stored.
    assert client.get("/todos", headers=alice).json() == []


def test_read_and_404(client: TestClient, alice: Headers) -> None:
    todo = make(client, alice)
    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200
    assert r.json() == todo
    assert client.get("/todos/9999", headers=alice).status_code == 404


def test_non_integer_id_is_422(client: TestClient, alice: Headers) -> None:
    assert client.get("/todos/abc", headers=alice).status_code == 422


def test_list_is_paginated_and_scoped(client: TestClient, alice: Headers, bob: Headers) -> None:
    for i in range(5):
        make(client, alice, f"a{i}")
    make(client, bob, "b0")

    r = client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice)
    assert r.status_code == 200
    assert [t["title"] for t in r.json()] == ["a1", "a2"]

    assert len(client.get("/todos", headers=alice).json()) == 5
    assert [t["title"] for t in client.get("/todos", headers=bob).json()] == ["b0"]


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": "ten"}, {"offset": -1}],
)
def test_list_rejects_out_of_range_paging(
    client: TestClient, alice: Headers, params: dict[str, object]
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


def test_patch_partial_update(client: TestClient, alice: Headers) -> None:
    todo = make(client, alice)
    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert r.json()["title"] == "buy milk"


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"done": "true"}])
def test_patch_rejects_bad_input(client: TestClient, alice: Headers, payload: object) -> None:
    todo = make(client, alice)
    r = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
    assert r.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo


def test_patch_missing_is_404(client: TestClient, alice: Headers) -> None:
    assert client.patch("/todos/9999", json={"done": True}, headers=alice).status_code == 404


def test_delete_then_gone(client: TestClient, alice: Headers) -> None:
    todo = make(client, alice)
    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404


def test_other_users_todo_is_invisible(client: TestClient, alice: Headers, bob: Headers) -> None:
    todo = make(client, alice)
    url = f"/todos/{todo['id']}"
    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"title": "mine now"}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    # Untouched for the owner.
    assert client.get(url, headers=alice).json() == todo
