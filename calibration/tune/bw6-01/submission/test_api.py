# %% [markdown]
# # API checks
# Run with `pytest test_api.py -s`, or cell by cell in VS Code / Jupyter.

# %%
import uuid

from fastapi.testclient import TestClient

from main import app

client = TestClient(app)

USERNAME = "user_" + uuid.uuid4().hex[:8]
PASSWORD = "secret123"

# %%
r = client.post("/signup", json={"username": USERNAME, "password": PASSWORD})
print(r.status_code, r.json())

r = client.post("/login", json={"username": USERNAME, "password": PASSWORD})
print(r.status_code, r.json())
TOKEN = r.json()["access_token"]
HEADERS = {"Authorization": f"Bearer {TOKEN}"}


# %%
def test_signup():
    name = "user_" + uuid.uuid4().hex[:8]
    r = client.post("/signup", json={"username": name, "password": "abcdef"})
    print(r.json())
    assert r.status_code == 201
    assert r.json()["username"] == name


# %%
def test_login():
    r = client.post("/login", json={"username": USERNAME, "password": PASSWORD})
    print(r.json())
    assert r.status_code == 200
    assert "access_token" in r.json()


# %%
def test_create_and_get_todo():
    r = client.post("/todos", json={"title": "buy milk", "description": "2 liters"}, headers=HEADERS)
    print(r.json())
    assert r.status_code == 201
    todo_id = r.json()["id"]

    r = client.get(f"/todos/{todo_id}", headers=HEADERS)
    print(r.json())
    assert r.status_code == 200
    assert r.json()["title"] == "buy milk"


# %%
def test_list_todos():
    for i in range(5):
        client.post("/todos", json={"title": f"todo {i}"}, headers=HEADERS)
    r = client.get("/todos?limit=3", headers=HEADERS)
    data = r.json()
    print(data)
    assert r.status_code == 200
    assert len(data["items"]) == 3


# %%
def test_update_todo():
    r = client.post("/todos", json={"title": "write report"}, headers=HEADERS)
    todo_id = r.json()["id"]
    r = client.put(f"/todos/{todo_id}", json={"done": True}, headers=HEADERS)
    print(r.json())
    assert r.status_code == 200
    assert r.json()["done"] == True


# %%
def test_delete_todo():
    r = client.post("/todos", json={"title": "to delete"}, headers=HEADERS)
    todo_id = r.json()["id"]
    r = client.delete(f"/todos/{todo_id}", headers=HEADERS)
    assert r.status_code == 204


# %%
def test_stats():
    r = client.get("/todos/stats", headers=HEADERS)
    print(r.json())
    assert r.status_code == 200


# %%
def test_no_token():
    r = client.get("/todos")
    assert r.status_code == 401
