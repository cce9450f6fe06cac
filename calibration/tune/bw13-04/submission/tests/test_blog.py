import time

from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def login(name: str) -> dict[str, str]:
    client.post("/signup", json={"username": name, "password": "pw12345"})
    r = client.post("/login", json={"username": name, "password": "pw12345"})
    return {"Authorization": "Bearer " + r.json()["access_token"]}


def test_post_flow():
    h = login("carmack")
    r = client.post("/posts", json={"title": "fast inverse sqrt", "content": "0x5f3759df"}, headers=h)
    assert r.status_code == 201
    pid = r.json()["id"]
    assert client.get(f"/posts/{pid}").json()["title"] == "fast inverse sqrt"
    r = client.post(f"/posts/{pid}/comments", json={"body": "what the"}, headers=h)
    assert r.status_code == 201
    assert client.get(f"/posts/{pid}/comments").json()[0]["body"] == "what the"
    assert client.delete(f"/posts/{pid}", headers=h).status_code == 204


def test_list_is_fast():
    h = login("abrash")
    for i in range(2000):
        client.post("/posts", json={"title": f"t{i}", "content": "x" * 200}, headers=h)
    client.get("/posts?limit=100")  # warm
    t0 = time.perf_counter()
    for _ in range(200):
        r = client.get("/posts?limit=100")
    dt = (time.perf_counter() - t0) / 200
    assert r.status_code == 200
    assert len(r.json()) == 100
    assert dt < 0.01, f"{dt * 1000:.2f} ms per list call"
