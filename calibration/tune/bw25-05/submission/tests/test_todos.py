from fastapi.testclient import TestClient


def test_crud_happy_path(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/todos", json={"title": "buy milk"}, headers=alice)
    assert r.status_code == 201
    todo = r.json()
    assert todo["id"] and todo["done"] is False

    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200 and r.json()["title"] == "buy milk"

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200 and r.json()["done"] is True

    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


def test_validation(client: TestClient, alice: dict[str, str]) -> None:
    assert client.post("/todos", json={}, headers=alice).status_code == 422
    assert client.post("/todos", json={"title": ""}, headers=alice).status_code == 422
    assert client.post("/todos", json={"title": "x", "done": "maybe"}, headers=alice).status_code == 422
    tid = client.post("/todos", json={"title": "x"}, headers=alice).json()["id"]
    assert client.patch(f"/todos/{tid}", json={"title": None}, headers=alice).status_code == 422
    assert client.get("/todos/abc", headers=alice).status_code == 422


def test_isolation_between_users(client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
    tid = client.post("/todos", json={"title": "secret"}, headers=alice).json()["id"]
    assert client.get(f"/todos/{tid}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{tid}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{tid}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0


def test_pagination(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(5):
        client.post("/todos", json={"title": f"t{i}"}, headers=alice)
    page = client.get("/todos?limit=2&offset=1", headers=alice).json()
    assert page["total"] == 5
    assert [t["title"] for t in page["items"]] == ["t1", "t2"]
    assert client.get("/todos?limit=0", headers=alice).status_code == 422
    assert client.get("/todos?limit=101", headers=alice).status_code == 422
    assert client.get("/todos?offset=-1", headers=alice).status_code == 422


def test_missing_todo_is_404(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/todos/999", headers=alice).status_code == 404
    assert client.delete("/todos/999", headers=alice).status_code == 404
