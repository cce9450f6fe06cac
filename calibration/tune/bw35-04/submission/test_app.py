from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def _auth(username: str) -> dict[str, str]:
    client.post("/users", json={"username": username, "password": "correct horse"})
    r = client.post("/token", data={"username": username, "password": "correct horse"})
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_signup_does_not_leak_hash() -> None:
    r = client.post("/users", json={"username": "alice", "password": "correct horse"})
    assert r.status_code == 201
    assert r.json() == {"id": r.json()["id"], "username": "alice"}


def test_todo_crud() -> None:
    h = _auth("bob")
    r = client.post("/todos", json={"title": "milk"}, headers=h)
    assert r.status_code == 201
    tid = r.json()["id"]
    assert client.get("/todos", headers=h).json()[0]["title"] == "milk"
    assert client.patch(f"/todos/{tid}", json={"done": True}, headers=h).json()["done"] is True
    assert client.delete(f"/todos/{tid}", headers=h).status_code == 204


def test_requires_token() -> None:
    assert client.get("/todos").status_code == 401
