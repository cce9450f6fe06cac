from fastapi.testclient import TestClient

from main import app

c = TestClient(app)


def tok(u: str) -> dict:
    c.post("/users", json={"username": u, "password": "hunter22!"})
    t = c.post("/token", data={"username": u, "password": "hunter22!"}).json()["access_token"]
    return {"Authorization": f"Bearer {t}"}


def test_flow():
    h = tok("alice")
    r = c.post("/posts", json={"title": "hi", "content": "first"}, headers=h)
    assert r.status_code == 201
    pid = r.json()["id"]
    assert c.get(f"/posts/{pid}").json()["author"] == "alice"
    r = c.patch(f"/posts/{pid}", json={"title": "hello"}, headers=h)
    assert r.json()["title"] == "hello"
    r = c.post(f"/posts/{pid}/comments", json={"content": "nice"}, headers=h)
    assert r.status_code == 201
    assert len(c.get(f"/posts/{pid}/comments").json()) == 1
    assert c.delete(f"/posts/{pid}", headers=h).status_code == 204


def test_pagination_order():
    h = tok("bob")
    ids = [c.post("/posts", json={"title": str(i), "content": "x"}, headers=h).json()["id"] for i in range(5)]
    got = [p["id"] for p in c.get("/posts?limit=3&offset=1").json()]
    assert got == ids[::-1][1:4]
