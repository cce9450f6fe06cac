from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.database import Base, get_db
from app.main import app

SQLALCHEMY_DATABASE_URL = "sqlite:///./test.db"

engine = create_engine(
    SQLALCHEMY_DATABASE_URL, connect_args={"check_same_thread": False}
)
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


def get_token():
    client.post("/users/", json={"username": "testuser", "password": "testpass123"})
    response = client.post(
        "/token", data={"username": "testuser", "password": "testpass123"}
    )
    return response.json()["access_token"]


def test_create_user():
    response = client.post(
        "/users/", json={"username": "john", "password": "secret123"}
    )
    assert response.status_code == 201
    data = response.json()
    assert data["username"] == "john"
    assert "id" in data


def test_login():
    client.post("/users/", json={"username": "jane", "password": "secret123"})
    response = client.post("/token", data={"username": "jane", "password": "secret123"})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_create_todo():
    token = get_token()
    response = client.post(
        "/todos/",
        json={"title": "Buy milk", "description": "2 liters"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201
    data = response.json()
    assert data["title"] == "Buy milk"
    assert data["done"] == False


def test_read_todos():
    token = get_token()
    client.post(
        "/todos/",
        json={"title": "Walk dog"},
        headers={"Authorization": f"Bearer {token}"},
    )
    response = client.get("/todos/", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json()["total"] >= 1


def test_update_todo():
    token = get_token()
    response = client.post(
        "/todos/",
        json={"title": "Clean room"},
        headers={"Authorization": f"Bearer {token}"},
    )
    todo_id = response.json()["id"]
    response = client.put(
        f"/todos/{todo_id}",
        json={"done": True},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    assert response.json()["done"] == True


def test_delete_todo():
    token = get_token()
    response = client.post(
        "/todos/",
        json={"title": "Temp"},
        headers={"Authorization": f"Bearer {token}"},
    )
    todo_id = response.json()["id"]
    response = client.delete(
        f"/todos/{todo_id}", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 204
