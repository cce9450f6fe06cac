from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def auth(name: str) -> dict[str, str]:
    client.post("/auth/register", json={"username": name, "password": "hunter2hunter2"})
    r = client.post("/auth/token", json={"username": name, "password": "hunter2hunter2"})
    return {"X-API-Key": r.json()["access_token"]}


def test_register_and_login():
    r = client.post("/auth/register", json={"username": "smoke1", "password": "hunter2hunter2"})
    assert r.status_code == 201
    r = client.post("/auth/token", json={"username": "smoke1", "password": "hunter2hunter2"})
    assert r.status_code == 200
    assert r.json()["access_token"]


def test_create_and_read_post():
    h = auth("smoke2")
    r = client.post("/posts", json={"title": "hi", "content": "first"}, headers=h)
    assert r.status_code == 201
    pid = r.json()["id"]
    r = client.get(f"/posts/{pid}")
    assert r.status_code == 200
    assert r.json()["title"] == "hi"
    assert r.json()["author"] == "smoke2"


def test_list_posts():
    h = auth("smoke3")
    for i in range(3):
        client.post("/posts", json={"title": f"t{i}", "content": "c"}, headers=h)
    r = client.get("/posts?limit=2")
    assert r.status_code == 200
    assert len(r.json()) == 2
    assert r.json()[0]["title"] == "t2"


def test_comments():
    h = auth("smoke4")
    pid = client.post("/posts", json={"title": "x", "content": "y"}, headers=h).json()["id"]
    r = client.post(f"/posts/{pid}/comments", json={"body": "nice"}, headers=h)
    assert r.status_code == 201
    r = client.get(f"/posts/{pid}/comments")
    assert [c["body"] for c in r.json()] == ["nice"]


def test_delete_post():
    h = auth("smoke5")
    pid = client.post("/posts", json={"title": "x", "content": "y"}, headers=h).json()["id"]
    assert client.delete(f"/posts/{pid}", headers=h).status_code == 204
    assert client.get(f"/posts/{pid}").status_code == 404
