from fastapi.testclient import TestClient

from main import app
from security import SessionStore, hash_password, verify_password

client = TestClient(app)


def login(username: str) -> dict:
    client.post("/signup", json={"username": username, "password": "hunter2hunter2"})
    r = client.post("/login", json={"username": username, "password": "hunter2hunter2"})
    return {"Authorization": "Bearer " + r.json()["access_token"]}


def test_signup():
    r = client.post("/signup", json={"username": "alice", "password": "hunter2hunter2"})
    assert r.status_code == 201
    assert r.json()["username"] == "alice"


def test_create_and_read_post():
    h = login("bob")
    r = client.post("/posts", json={"title": "hello", "content": "world"}, headers=h)
    assert r.status_code == 201
    pid = r.json()["id"]
    assert client.get(f"/posts/{pid}").json()["title"] == "hello"


def test_edit_post():
    h = login("carol")
    pid = client.post("/posts", json={"title": "a", "content": "b"}, headers=h).json()["id"]
    r = client.patch(f"/posts/{pid}", json={"title": "c"}, headers=h)
    assert r.json()["title"] == "c"
    assert r.json()["content"] == "b"


def test_comments_and_counts():
    h = login("dave")
    pid = client.post("/posts", json={"title": "t", "content": "c"}, headers=h).json()["id"]
    for i in range(3):
        client.post(f"/posts/{pid}/comments", json={"content": f"c{i}"}, headers=h)
    assert len(client.get(f"/posts/{pid}/comments").json()) == 3
    assert client.get(f"/posts/{pid}").json()["comment_count"] == 3


def test_list_posts_newest_first():
    h = login("erin")
    for t in ["one", "two"]:
        client.post("/posts", json={"title": t, "content": "x"}, headers=h)
    titles = [p["title"] for p in client.get("/posts?limit=2").json()]
    assert titles == ["two", "one"]


def test_password_hash_roundtrip():
    stored = hash_password("correct horse")
    assert verify_password("correct horse", stored)
    assert not verify_password("wrong horse", stored)


def test_sessions_expire():
    store = SessionStore(ttl=0)
    token = store.create(1)
    assert store.user_for(token) is None
