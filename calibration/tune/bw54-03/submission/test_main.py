from fastapi.testclient import TestClient

from main import app

c = TestClient(app)


def test_flow():
    assert c.post("/users", json={"username": "a", "password": "password1"}).status_code == 201
    t = c.post("/token", data={"username": "a", "password": "password1"}).json()["access_token"]
    H = {"Authorization": f"Bearer {t}"}
    ids = [c.post("/todos", json={"title": f"t{k}"}, headers=H).json()["id"] for k in range(5)]
    r = c.get("/todos", params={"limit": 2, "offset": 1}, headers=H).json()
    assert [x["id"] for x in r["items"]] == ids[1:3] and r["total"] == 5
    assert c.patch(f"/todos/{ids[0]}", json={"done": True}, headers=H).json()["done"]
    assert c.delete(f"/todos/{ids[0]}", headers=H).status_code == 204
    assert c.get(f"/todos/{ids[0]}", headers=H).status_code == 404
