from fastapi.testclient import TestClient


def test_crud_happy_path(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/todos", json={"title": "buy milk"}, headers=alice)
    assert r.status_code == 201
    todo = r.json()
    assert todo == {"id": todo["id"], "title": "buy milk", "description": None, "done": False}

    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200 and r.json() == todo

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200 and r.json()["done"] is True

    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


def test_isolation(client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
    tid = client.post("/todos", json={"title": "alice only"}, headers=alice).json()["id"]
    assert client.get(f"/todos/{tid}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{tid}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{tid}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0
    assert client.get(f"/todos/{tid}", headers=alice).json()["done"] is False


def test_validation(client: TestClient, alice: dict[str, str]) -> None:
    assert client.post("/todos", json={}, headers=alice).status_code == 422
    assert client.post("/todos", json={"title": ""}, headers=alice).status_code == 422
    assert client.post("/todos", json={"title": 42}, headers=alice).status_code == 422
    tid = client.post("/todos", json={"title": "ok"}, headers=alice).json()["id"]
    assert client.patch(f"/todos/{tid}", json={"title": None}, headers=alice).status_code == 422
    assert client.patch(f"/todos/{tid}", json={"done": "maybe"}, headers=alice).status_code == 422
    assert client.patch(f"/todos/{tid}", json={"owner": "bob"}, headers=alice).status_code == 422
    assert client.get("/todos/not-a-number", headers=alice).status_code == 422


def test_pagination(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(25):
        client.post("/todos", json={"title": f"t{i}"}, headers=alice)
    page = client.get("/todos", headers=alice).json()
    assert page["total"] == 25 and len(page["items"]) == 20
    page = client.get("/todos?limit=10&offset=20", headers=alice).json()
    assert [t["title"] for t in page["items"]] == ["t20", "t21", "t22", "t23", "t24"]
    for bad in ("limit=0", "limit=101", "offset=-1", "limit=abc"):
        assert client.get(f"/todos?{bad}", headers=alice).status_code == 422


def test_health(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json() == {"failed": False, "children": {"todo_srv": "running"}}
