from fastapi.testclient import TestClient

from tests.conftest import login


def test_healthz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


def test_todo_lifecycle(client: TestClient) -> None:
    h = login(client, "alice")
    r = client.post("/todos", json={"title": "rotate certs"}, headers=h)
    assert r.status_code == 201
    todo = r.json()
    assert todo["done"] is False

    r = client.get("/todos", headers=h)
    assert r.status_code == 200
    assert r.json()["total"] == 1

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=h)
    assert r.json()["done"] is True


def test_todos_are_private(client: TestClient) -> None:
    alice = login(client, "alice")
    mallory = login(client, "mallory")
    todo_id = client.post("/todos", json={"title": "secret"}, headers=alice).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=mallory).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=mallory).status_code == 404
    assert client.get("/todos", headers=mallory).json()["total"] == 0
    assert client.get("/todos").status_code == 401
