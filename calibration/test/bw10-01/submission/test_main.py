import uuid

from fastapi.testclient import TestClient

from main import app

client = TestClient(app)

# use a random username so the tests can be re-run
USERNAME = "test_" + uuid.uuid4().hex[:8]
PASSWORD = "secret123"


def get_token():
    client.post("/signup", json={"username": USERNAME, "password": PASSWORD})
    r = client.post("/login", data={"username": USERNAME, "password": PASSWORD})
    return r.json()["access_token"]


def test_signup_and_login():
    token = get_token()
    assert len(token) > 0


def test_create_todo():
    token = get_token()
    r = client.post(
        "/todos",
        json={"title": "buy milk", "description": "2 litres"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 201
    assert r.json()["title"] == "buy milk"


def test_list_todos():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    client.post("/todos", json={"title": "one"}, headers=headers)
    client.post("/todos", json={"title": "two"}, headers=headers)
    r = client.get("/todos", headers=headers)
    assert r.status_code == 200
    print(r.json())
    assert len(r.json()) >= 2


def test_update_todo():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    todo = client.post("/todos", json={"title": "walk dog"}, headers=headers).json()
    r = client.put(f"/todos/{todo['id']}", json={"done": True}, headers=headers)
    assert r.status_code == 200
    assert r.json()["done"] == True
