import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, SQLModel, create_engine
from sqlmodel.pool import StaticPool

from database import get_session
from main import app


@pytest.fixture(name="session")
def session_fixture():
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        yield session


@pytest.fixture(name="client")
def client_fixture(session: Session):
    def get_session_override():
        return session

    app.dependency_overrides[get_session] = get_session_override
    client = TestClient(app)
    yield client
    app.dependency_overrides.clear()


def get_token(client: TestClient, username: str = "alice", password: str = "secret123") -> str:
    client.post("/users/", json={"username": username, "password": password})
    response = client.post("/token", data={"username": username, "password": password})
    return response.json()["access_token"]


def auth_headers(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_create_user(client: TestClient):
    response = client.post("/users/", json={"username": "alice", "password": "secret123"})
    data = response.json()

    assert response.status_code == 201
    assert data["username"] == "alice"
    assert "password" not in data
    assert "hashed_password" not in data


def test_create_user_duplicate(client: TestClient):
    client.post("/users/", json={"username": "alice", "password": "secret123"})
    response = client.post("/users/", json={"username": "alice", "password": "other"})

    assert response.status_code == 400


def test_login(client: TestClient):
    client.post("/users/", json={"username": "alice", "password": "secret123"})
    response = client.post("/token", data={"username": "alice", "password": "secret123"})

    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_login_wrong_password(client: TestClient):
    client.post("/users/", json={"username": "alice", "password": "secret123"})
    response = client.post("/token", data={"username": "alice", "password": "wrong"})

    assert response.status_code == 401


def test_create_post(client: TestClient):
    token = get_token(client)
    response = client.post(
        "/posts/", json={"title": "Hello", "content": "First post"}, headers=auth_headers(token)
    )
    data = response.json()

    assert response.status_code == 201
    assert data["title"] == "Hello"
    assert data["content"] == "First post"
    assert data["id"] is not None


def test_create_post_without_token(client: TestClient):
    response = client.post("/posts/", json={"title": "Hello", "content": "First post"})

    assert response.status_code == 401


def test_create_post_incomplete(client: TestClient):
    token = get_token(client)
    # No content
    response = client.post("/posts/", json={"title": "Hello"}, headers=auth_headers(token))

    assert response.status_code == 422


def test_create_post_invalid(client: TestClient):
    token = get_token(client)
    # title has an invalid type
    response = client.post(
        "/posts/", json={"title": {"message": "Do you wanna know my secret?"}, "content": "x"},
        headers=auth_headers(token),
    )

    assert response.status_code == 422


def test_read_posts(session: Session, client: TestClient):
    token = get_token(client)
    client.post("/posts/", json={"title": "One", "content": "1"}, headers=auth_headers(token))
    client.post("/posts/", json={"title": "Two", "content": "2"}, headers=auth_headers(token))

    response = client.get("/posts/")
    data = response.json()

    assert response.status_code == 200
    assert len(data) == 2


def test_read_post(client: TestClient):
    token = get_token(client)
    post_id = client.post(
        "/posts/", json={"title": "One", "content": "1"}, headers=auth_headers(token)
    ).json()["id"]

    response = client.get(f"/posts/{post_id}")

    assert response.status_code == 200
    assert response.json()["title"] == "One"


def test_read_post_not_found(client: TestClient):
    response = client.get("/posts/999")

    assert response.status_code == 404


def test_update_post(client: TestClient):
    token = get_token(client)
    post_id = client.post(
        "/posts/", json={"title": "One", "content": "1"}, headers=auth_headers(token)
    ).json()["id"]

    response = client.patch(f"/posts/{post_id}", json={"title": "Uno"}, headers=auth_headers(token))
    data = response.json()

    assert response.status_code == 200
    assert data["title"] == "Uno"
    assert data["content"] == "1"


def test_update_post_of_other_user(client: TestClient):
    alice = get_token(client, "alice")
    bob = get_token(client, "bob")
    post_id = client.post(
        "/posts/", json={"title": "One", "content": "1"}, headers=auth_headers(alice)
    ).json()["id"]

    response = client.patch(f"/posts/{post_id}", json={"title": "Hacked"}, headers=auth_headers(bob))

    assert response.status_code == 403


def test_delete_post(client: TestClient):
    token = get_token(client)
    post_id = client.post(
        "/posts/", json={"title": "One", "content": "1"}, headers=auth_headers(token)
    ).json()["id"]

    response = client.delete(f"/posts/{post_id}", headers=auth_headers(token))
    assert response.status_code == 204

    response = client.get(f"/posts/{post_id}")
    assert response.status_code == 404


def test_create_comment(client: TestClient):
    token = get_token(client)
    post_id = client.post(
        "/posts/", json={"title": "One", "content": "1"}, headers=auth_headers(token)
    ).json()["id"]

    response = client.post(
        f"/posts/{post_id}/comments", json={"content": "Nice post!"}, headers=auth_headers(token)
    )
    assert response.status_code == 201

    response = client.get(f"/posts/{post_id}/comments")
    assert response.status_code == 200
    assert response.json()[0]["content"] == "Nice post!"


def test_create_comment_post_not_found(client: TestClient):
    token = get_token(client)
    response = client.post(
        "/posts/999/comments", json={"content": "Hello?"}, headers=auth_headers(token)
    )

    assert response.status_code == 404
