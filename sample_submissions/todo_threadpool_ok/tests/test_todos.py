from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

Headers = dict[str, str]


def test_crud(client: TestClient, alice: Headers) -> None:
    todo = client.post("/todos", json={"title": "Buy milk"}, headers=alice).json()
    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo
    patched = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice).json()
    assert patched == {"id": todo["id"], "title": "Buy milk", "done": True}
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 204
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404


def test_validation(client: TestClient, alice: Headers) -> None:
    for body in ({}, {"title": ""}, {"title": "ok", "owner": "bob"}):
        assert client.post("/todos", json=body, headers=alice).status_code == 422


def test_pagination(client: TestClient, alice: Headers) -> None:
    for i in range(4):
        client.post("/todos", json={"title": f"t{i}"}, headers=alice)
    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice).json()
    assert [t["title"] for t in page["items"]] == ["t1", "t2"]
    assert page["total"] == 4
    assert client.get("/todos", params={"limit": 101}, headers=alice).status_code == 422


def test_todos_are_private(
    client: TestClient, alice: Headers, login: Callable[[str], Headers]
) -> None:
    bob = login("bob")
    todo = client.post("/todos", json={"title": "secret"}, headers=alice).json()
    assert client.get(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0


def test_stats_and_reminder(client: TestClient, alice: Headers) -> None:
    first = client.post("/todos", json={"title": "a", "done": True}, headers=alice).json()
    client.post("/todos", json={"title": "b"}, headers=alice)
    assert client.get("/stats", headers=alice).json() == {"total": 2, "done": 1, "open": 1}
    reminder = client.post(f"/todos/{first['id']}/remind", headers=alice)
    assert reminder.json() == {"todo_id": first["id"], "sent": True}
    assert client.post("/todos/999/remind", headers=alice).status_code == 404
    assert client.get("/health").json() == {"status": "ok"}


def test_unencodable_title_is_422(client: TestClient, alice: Headers) -> None:
    headers = {**alice, "content-type": "application/json"}
    response = client.post("/todos", content='{"title": "\\ud800"}', headers=headers)
    assert response.status_code == 422


def test_ids_beyond_sqlite_range_are_422(client: TestClient, alice: Headers) -> None:
    assert client.get(f"/todos/{2**63}", headers=alice).status_code == 422
    assert client.get("/todos/0", headers=alice).status_code == 422
