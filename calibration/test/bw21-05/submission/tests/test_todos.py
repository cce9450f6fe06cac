import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, SQLModel, create_engine
from sqlmodel.pool import StaticPool

from todo_api.database import get_session
from todo_api.main import app


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


@pytest.fixture(name="auth_headers")
def auth_headers_fixture(client: TestClient):
    client.post("/auth/register", json={"username": "ada", "password": "correct-horse"})
    response = client.post(
        "/auth/token", data={"username": "ada", "password": "correct-horse"}
    )
    token = response.json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_register_and_login(client: TestClient):
    response = client.post(
        "/auth/register", json={"username": "grace", "password": "hopper-1906"}
    )
    assert response.status_code == 201
    assert response.json()["username"] == "grace"
    assert "hashed_password" not in response.json()

    response = client.post(
        "/auth/token", data={"username": "grace", "password": "hopper-1906"}
    )
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_create_todo(client: TestClient, auth_headers):
    response = client.post(
        "/todos", json={"title": "Water the plants"}, headers=auth_headers
    )
    data = response.json()
    assert response.status_code == 201
    assert data["title"] == "Water the plants"
    assert data["done"] is False
    assert data["id"] is not None


def test_list_todos(client: TestClient, auth_headers):
    for title in ["One", "Two", "Three"]:
        client.post("/todos", json={"title": title}, headers=auth_headers)

    response = client.get("/todos?limit=2", headers=auth_headers)
    assert response.status_code == 200
    assert [t["title"] for t in response.json()] == ["One", "Two"]


def test_update_todo(client: TestClient, auth_headers):
    todo = client.post("/todos", json={"title": "Read"}, headers=auth_headers).json()

    response = client.put(f"/todos/{todo['id']}", json={"done": True}, headers=auth_headers)
    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["title"] == "Read"


def test_delete_todo(client: TestClient, auth_headers):
    todo = client.post("/todos", json={"title": "Old"}, headers=auth_headers).json()

    response = client.delete(f"/todos/{todo['id']}", headers=auth_headers)
    assert response.status_code == 204

    response = client.get(f"/todos/{todo['id']}", headers=auth_headers)
    assert response.status_code == 404
