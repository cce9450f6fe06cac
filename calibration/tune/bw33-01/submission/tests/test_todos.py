import pytest
from fastapi.testclient import TestClient


def test_create_read_update_delete(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/todos", json={"title": "buy milk", "description": "2 litres"}, headers=alice)
    assert r.status_code == 201
    todo = r.json()
    assert todo["id"] > 0 and todo["done"] is False

    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200 and r.json()["title"] == "buy milk"

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True and r.json()["title"] == "buy milk"

    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": ""}, {"title": 123}, {"title": "ok", "done": "maybe"}, {"title": "x" * 201}],
)
def test_create_rejects_bad_input(client: TestClient, alice: dict[str, str], payload: dict) -> None:
    assert client.post("/todos", json=payload, headers=alice).status_code == 422
    assert client.get("/todos", headers=alice).json()["total"] == 0


def test_update_rejects_null_title(client: TestClient, alice: dict[str, str]) -> None:
    todo = client.post("/todos", json={"title": "a"}, headers=alice).json()
    r = client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=alice)
    assert r.status_code == 422


def test_other_users_todos_are_invisible(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    todo = client.post("/todos", json={"title": "alice only"}, headers=alice).json()
    assert client.get(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["items"] == []
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["done"] is False


def test_missing_todo_is_404(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/todos/999", headers=alice).status_code == 404
    assert client.delete("/todos/999", headers=alice).status_code == 404


def test_pagination(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(25):
        client.post("/todos", json={"title": f"t{i}"}, headers=alice)
    page = client.get("/todos", params={"limit": 10, "offset": 20}, headers=alice).json()
    assert page["total"] == 25
    assert [t["title"] for t in page["items"]] == [f"t{i}" for i in range(20, 25)]
    default = client.get("/todos", headers=alice).json()
    assert len(default["items"]) == 20


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
def test_pagination_bounds(client: TestClient, alice: dict[str, str], params: dict) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422
