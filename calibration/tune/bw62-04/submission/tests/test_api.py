import os

os.environ.setdefault("SECRET_KEY", "test-secret")

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from app.database import Base, get_db
from app.main import app

test_engine = create_engine(
    "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
)
TestingSession = sessionmaker(bind=test_engine, autoflush=False, expire_on_commit=False)


def override_get_db():
    db = TestingSession()
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def client():
    Base.metadata.create_all(bind=test_engine)
    app.dependency_overrides[get_db] = override_get_db
    yield TestClient(app)
    app.dependency_overrides.clear()
    Base.metadata.drop_all(bind=test_engine)


def auth_headers(client, username="anna", password="secret123"):
    client.post("/users", json={"username": username, "password": password})
    r = client.post("/token", data={"username": username, "password": password})
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_register_and_login(client):
    r = client.post("/users", json={"username": "anna", "password": "secret123"})
    assert r.status_code == 201
    assert "password" not in r.json()
    assert "hashed_password" not in r.json()
    r = client.post("/token", data={"username": "anna", "password": "secret123"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


def test_register_duplicate(client):
    client.post("/users", json={"username": "anna", "password": "secret123"})
    r = client.post("/users", json={"username": "anna", "password": "other123"})
    assert r.status_code == 400


def test_login_wrong_password(client):
    client.post("/users", json={"username": "anna", "password": "secret123"})
    r = client.post("/token", data={"username": "anna", "password": "wrong"})
    assert r.status_code == 401


def test_create_post_needs_auth(client):
    r = client.post("/posts", json={"title": "hi", "content": "there"})
    assert r.status_code == 401


def test_create_and_get_post(client):
    headers = auth_headers(client)
    r = client.post("/posts", json={"title": "hi", "content": "there"}, headers=headers)
    assert r.status_code == 201
    post_id = r.json()["id"]
    r = client.get(f"/posts/{post_id}")
    assert r.status_code == 200
    assert r.json()["author"]["username"] == "anna"


def test_create_post_validation(client):
    headers = auth_headers(client)
    r = client.post("/posts", json={"title": "", "content": "there"}, headers=headers)
    assert r.status_code == 422
    r = client.post("/posts", json={"content": "no title"}, headers=headers)
    assert r.status_code == 422


def test_list_posts_pagination(client):
    headers = auth_headers(client)
    for i in range(5):
        client.post("/posts", json={"title": f"post {i}", "content": "x"}, headers=headers)
    r = client.get("/posts?limit=2")
    assert r.status_code == 200
    assert len(r.json()) == 2
    assert client.get("/posts?limit=500").status_code == 422
    assert client.get("/posts?offset=-1").status_code == 422


def test_get_missing_post(client):
    assert client.get("/posts/999").status_code == 404


def test_only_author_can_edit_and_delete(client):
    anna = auth_headers(client, "anna")
    ben = auth_headers(client, "ben")
    post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=anna).json()["id"]

    assert client.patch(f"/posts/{post_id}", json={"title": "hacked"}, headers=ben).status_code == 403
    assert client.delete(f"/posts/{post_id}", headers=ben).status_code == 403

    r = client.patch(f"/posts/{post_id}", json={"title": "new title"}, headers=anna)
    assert r.status_code == 200
    assert r.json()["title"] == "new title"

    assert client.delete(f"/posts/{post_id}", headers=anna).status_code == 204
    assert client.get(f"/posts/{post_id}").status_code == 404


def test_comments(client):
    headers = auth_headers(client)
    post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=headers).json()["id"]
    r = client.post(f"/posts/{post_id}/comments", json={"content": "nice"}, headers=headers)
    assert r.status_code == 201
    r = client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert r.json()[0]["content"] == "nice"


def test_comment_on_missing_post(client):
    headers = auth_headers(client)
    r = client.post("/posts/12345/comments", json={"content": "hello"}, headers=headers)
    assert r.status_code == 404
