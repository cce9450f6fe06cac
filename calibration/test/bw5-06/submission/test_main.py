from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from database import Base, get_db
from main import app

SQLALCHEMY_DATABASE_URL = "sqlite:///./test.db"

engine = create_engine(SQLALCHEMY_DATABASE_URL, connect_args={"check_same_thread": False})
TestingSessionLocal = sessionmaker(autocommit=False, autoflush=False, bind=engine)

Base.metadata.drop_all(bind=engine)
Base.metadata.create_all(bind=engine)


def override_get_db():
    try:
        db = TestingSessionLocal()
        yield db
    finally:
        db.close()


app.dependency_overrides[get_db] = override_get_db

client = TestClient(app)


def register_and_login(username, password="secret123"):
    client.post("/register", json={"username": username, "password": password})
    response = client.post("/token", data={"username": username, "password": password})
    token = response.json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_register():
    response = client.post("/register", json={"username": "alice", "password": "secret123"})
    assert response.status_code == 201
    data = response.json()
    assert data["username"] == "alice"
    assert "password" not in data
    assert "hashed_password" not in data


def test_register_duplicate():
    client.post("/register", json={"username": "dupe", "password": "secret123"})
    response = client.post("/register", json={"username": "dupe", "password": "secret123"})
    assert response.status_code == 409


def test_login_wrong_password():
    client.post("/register", json={"username": "bob", "password": "secret123"})
    response = client.post("/token", data={"username": "bob", "password": "wrong"})
    assert response.status_code == 401


def test_create_post_requires_login():
    response = client.post("/posts", json={"title": "Hi", "content": "there"})
    assert response.status_code == 401


def test_create_and_read_post():
    headers = register_and_login("carol")
    response = client.post("/posts", json={"title": "Hello", "content": "World"}, headers=headers)
    assert response.status_code == 201
    post_id = response.json()["id"]

    response = client.get(f"/posts/{post_id}")
    assert response.status_code == 200
    assert response.json()["title"] == "Hello"


def test_create_post_missing_title():
    headers = register_and_login("dave")
    response = client.post("/posts", json={"content": "no title"}, headers=headers)
    assert response.status_code == 422


def test_read_missing_post():
    response = client.get("/posts/99999")
    assert response.status_code == 404


def test_only_author_can_edit():
    author = register_and_login("erin")
    other = register_and_login("frank")
    post_id = client.post("/posts", json={"title": "Mine", "content": "x"}, headers=author).json()["id"]

    response = client.put(f"/posts/{post_id}", json={"title": "Hacked"}, headers=other)
    assert response.status_code == 403

    response = client.delete(f"/posts/{post_id}", headers=other)
    assert response.status_code == 403

    response = client.put(f"/posts/{post_id}", json={"title": "Edited"}, headers=author)
    assert response.status_code == 200
    assert response.json()["title"] == "Edited"

    response = client.delete(f"/posts/{post_id}", headers=author)
    assert response.status_code == 204


def test_comments():
    headers = register_and_login("gina")
    post_id = client.post("/posts", json={"title": "T", "content": "C"}, headers=headers).json()["id"]

    response = client.post(f"/posts/{post_id}/comments", json={"content": "Nice"}, headers=headers)
    assert response.status_code == 201

    response = client.get(f"/posts/{post_id}/comments")
    assert response.status_code == 200
    assert len(response.json()) == 1


def test_comment_on_missing_post():
    headers = register_and_login("hank")
    response = client.post("/posts/99999/comments", json={"content": "Nice"}, headers=headers)
    assert response.status_code == 404


def test_pagination_limit_too_big():
    response = client.get("/posts?limit=1000")
    assert response.status_code == 422
