from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def get_token(username: str = "alice", password: str = "password123") -> str:
    client.post("/auth/signup", json={"username": username, "password": password})
    resp = client.post("/auth/login", data={"username": username, "password": password})
    return resp.json()["access_token"]


def auth_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {get_token()}"}


def test_health():
    resp = client.get("/health")
    assert resp.status_code == 200
    assert resp.json()["status"] == "ok"


def test_signup():
    resp = client.post("/auth/signup", json={"username": "bob", "password": "password123"})
    assert resp.status_code == 201
    assert resp.json()["username"] == "bob"


def test_login():
    client.post("/auth/signup", json={"username": "carol", "password": "password123"})
    resp = client.post("/auth/login", data={"username": "carol", "password": "password123"})
    assert resp.status_code == 200
    assert "access_token" in resp.json()


def test_create_todo():
    resp = client.post("/todos", json={"title": "Buy milk"}, headers=auth_headers())
    assert resp.status_code == 201
    assert resp.json()["title"] == "Buy milk"
    assert resp.json()["done"] is False


def test_list_todos():
    headers = auth_headers()
    client.post("/todos", json={"title": "One"}, headers=headers)
    client.post("/todos", json={"title": "Two"}, headers=headers)
    resp = client.get("/todos", headers=headers)
    assert resp.status_code == 200
    assert len(resp.json()) >= 2


def test_get_todo():
    headers = auth_headers()
    created = client.post("/todos", json={"title": "Read"}, headers=headers).json()
    resp = client.get(f"/todos/{created['id']}", headers=headers)
    assert resp.status_code == 200
    assert resp.json()["id"] == created["id"]


def test_update_todo():
    headers = auth_headers()
    created = client.post("/todos", json={"title": "Walk"}, headers=headers).json()
    resp = client.patch(f"/todos/{created['id']}", json={"done": True}, headers=headers)
    assert resp.status_code == 200
    assert resp.json()["done"] is True


def test_delete_todo():
    headers = auth_headers()
    created = client.post("/todos", json={"title": "Temp"}, headers=headers).json()
    resp = client.delete(f"/todos/{created['id']}", headers=headers)
    assert resp.status_code == 204
