import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, SQLModel, create_engine
from sqlmodel.pool import StaticPool

from app.database import get_session
from app.main import app


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


def get_token(client: TestClient, username="deadpond", password="chimichanga"):
    client.post("/users/", json={"username": username, "password": password})
    response = client.post("/token", data={"username": username, "password": password})
    return response.json()["access_token"]


def test_create_user(client: TestClient):
    response = client.post("/users/", json={"username": "deadpond", "password": "chimichanga"})
    data = response.json()

    assert response.status_code == 201
    assert data["username"] == "deadpond"
    assert data["id"] is not None
    assert "password" not in data


def test_login(client: TestClient):
    client.post("/users/", json={"username": "deadpond", "password": "chimichanga"})
    response = client.post("/token", data={"username": "deadpond", "password": "chimichanga"})
    data = response.json()

    assert response.status_code == 200
    assert data["token_type"] == "bearer"
    assert "access_token" in data


def test_create_todo(client: TestClient):
    token = get_token(client)
    response = client.post(
        "/todos/",
        json={"title": "Buy milk", "description": "2 liters"},
        headers={"Authorization": f"Bearer {token}"},
    )
    data = response.json()

    assert response.status_code == 201
    assert data["title"] == "Buy milk"
    assert data["description"] == "2 liters"
    assert data["done"] is False
    assert data["id"] is not None


def test_read_todos(client: TestClient):
    token = get_token(client)
    headers = {"Authorization": f"Bearer {token}"}
    client.post("/todos/", json={"title": "Buy milk"}, headers=headers)
    client.post("/todos/", json={"title": "Walk dog"}, headers=headers)

    response = client.get("/todos/", headers=headers)
    data = response.json()

    assert response.status_code == 200
    assert len(data) == 2
    assert data[0]["title"] == "Buy milk"
    assert data[1]["title"] == "Walk dog"


def test_read_todo(client: TestClient):
    token = get_token(client)
    headers = {"Authorization": f"Bearer {token}"}
    todo = client.post("/todos/", json={"title": "Buy milk"}, headers=headers).json()

    response = client.get(f"/todos/{todo['id']}", headers=headers)

    assert response.status_code == 200
    assert response.json()["title"] == "Buy milk"


def test_update_todo(client: TestClient):
    token = get_token(client)
    headers = {"Authorization": f"Bearer {token}"}
    todo = client.post("/todos/", json={"title": "Buy milk"}, headers=headers).json()

    response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=headers)
    data = response.json()

    assert response.status_code == 200
    assert data["done"] is True
    assert data["title"] == "Buy milk"


def test_delete_todo(client: TestClient):
    token = get_token(client)
    headers = {"Authorization": f"Bearer {token}"}
    todo = client.post("/todos/", json={"title": "Buy milk"}, headers=headers).json()

    response = client.delete(f"/todos/{todo['id']}", headers=headers)

    assert response.status_code == 204


def test_read_todos_without_token(client: TestClient):
    response = client.get("/todos/")
    assert response.status_code == 401
