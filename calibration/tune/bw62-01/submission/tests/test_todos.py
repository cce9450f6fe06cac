from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def test_create_and_list():
    client.post("/signup", json={"username": "alice", "password": "pw123"})
    r = client.post("/login", data={"username": "alice", "password": "pw123"})
    token = r.json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}

    r = client.post("/todos", json={"title": "buy milk"}, headers=headers)
    assert r.status_code == 201

    r = client.get("/todos", headers=headers)
    assert r.status_code == 200
    assert len(r.json()["items"]) >= 1
