from fastapi.testclient import TestClient

from app.main import app
from app.state import world

client = TestClient(app)


def setup_function():
    world.reset()


def make_player(name="alice", pw="hunter22"):
    r = client.post("/auth/signup", json={"username": name, "password": pw})
    assert r.status_code == 201
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_signup_and_login():
    make_player()
    r = client.post("/auth/login", data={"username": "alice", "password": "hunter22"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


def test_create_todo():
    h = make_player()
    r = client.post("/todos", json={"title": "beat the boss"}, headers=h)
    assert r.status_code == 201
    assert r.json()["id"] == 1
    assert r.json()["done"] is False


def test_list_todos():
    h = make_player()
    for i in range(5):
        client.post("/todos", json={"title": f"quest {i}"}, headers=h)
    r = client.get("/todos?limit=2&offset=1", headers=h)
    assert r.status_code == 200
    assert [t["title"] for t in r.json()] == ["quest 1", "quest 2"]


def test_update_todo():
    h = make_player()
    client.post("/todos", json={"title": "grind xp"}, headers=h)
    r = client.patch("/todos/1", json={"done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True


def test_delete_todo():
    h = make_player()
    client.post("/todos", json={"title": "loot"}, headers=h)
    r = client.delete("/todos/1", headers=h)
    assert r.status_code == 204
    assert client.get("/todos", headers=h).json() == []
