import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from app.database import Base, get_db
from app.main import app

engine = create_engine(
    "sqlite://",
    connect_args={"check_same_thread": False},
    poolclass=StaticPool,
)
TestingSessionLocal = sessionmaker(autocommit=False, autoflush=False, bind=engine)


def override_get_db():
    db = TestingSessionLocal()
    try:
        yield db
    finally:
        db.close()


app.dependency_overrides[get_db] = override_get_db
client = TestClient(app)


@pytest.fixture(autouse=True)
def setup_db():
    Base.metadata.create_all(bind=engine)
    yield
    Base.metadata.drop_all(bind=engine)


def register_and_login(username="alice", password="password123"):
    client.post("/auth/register", json={"username": username, "password": password})
    res = client.post("/auth/token", data={"username": username, "password": password})
    return {"Authorization": f"Bearer {res.json()['access_token']}"}


def test_register_and_login():
    res = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert res.status_code == 201
    assert "hashed_password" not in res.json()

    res = client.post("/auth/token", data={"username": "alice", "password": "password123"})
    assert res.status_code == 200
    assert "access_token" in res.json()


def test_register_duplicate():
    client.post("/auth/register", json={"username": "alice", "password": "password123"})
    res = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert res.status_code == 409


def test_login_wrong_password():
    client.post("/auth/register", json={"username": "alice", "password": "password123"})
    res = client.post("/auth/token", data={"username": "alice", "password": "nope"})
    assert res.status_code == 401


def test_create_post():
    headers = register_and_login()
    res = client.post("/posts/", json={"title": "Hello", "content": "World"}, headers=headers)
    assert res.status_code == 201
    assert res.json()["title"] == "Hello"


def test_create_post_without_token():
    res = client.post("/posts/", json={"title": "Hello", "content": "World"})
    assert res.status_code == 401


def test_create_post_missing_title():
    headers = register_and_login()
    res = client.post("/posts/", json={"content": "no title"}, headers=headers)
    assert res.status_code == 422


def test_list_posts():
    headers = register_and_login()
    client.post("/posts/", json={"title": "One", "content": "1"}, headers=headers)
    client.post("/posts/", json={"title": "Two", "content": "2"}, headers=headers)
    res = client.get("/posts/")
    assert res.status_code == 200
    assert len(res.json()) == 2
    assert res.json()[0]["author"] == "alice"


def test_list_posts_limit_too_big():
    res = client.get("/posts/?limit=1000")
    assert res.status_code == 422


def test_get_post_not_found():
    res = client.get("/posts/999")
    assert res.status_code == 404


def test_only_author_can_edit_and_delete():
    alice = register_and_login("alice")
    bob = register_and_login("bob")
    post_id = client.post("/posts/", json={"title": "Mine", "content": "x"}, headers=alice).json()["id"]

    res = client.put(f"/posts/{post_id}", json={"title": "Hacked", "content": "y"}, headers=bob)
    assert res.status_code == 403
    res = client.delete(f"/posts/{post_id}", headers=bob)
    assert res.status_code == 403

    res = client.put(f"/posts/{post_id}", json={"title": "Edited", "content": "y"}, headers=alice)
    assert res.status_code == 200
    res = client.delete(f"/posts/{post_id}", headers=alice)
    assert res.status_code == 204


def test_comments():
    headers = register_and_login()
    post_id = client.post("/posts/", json={"title": "Post", "content": "x"}, headers=headers).json()["id"]

    res = client.post(f"/posts/{post_id}/comments/", json={"content": "Nice!"}, headers=headers)
    assert res.status_code == 201

    res = client.get(f"/posts/{post_id}/comments/")
    assert res.status_code == 200
    assert res.json()[0]["content"] == "Nice!"


def test_comment_on_missing_post():
    headers = register_and_login()
    res = client.post("/posts/999/comments/", json={"content": "hello?"}, headers=headers)
    assert res.status_code == 404
