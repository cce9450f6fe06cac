from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.auth import get_db
from app.database import Base
from app.main import app

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


def get_token():
    client.post("/users/", json={"username": "testuser", "password": "testpass"})
    response = client.post("/token", data={"username": "testuser", "password": "testpass"})
    return response.json()["access_token"]


def test_root():
    response = client.get("/")
    assert response.status_code == 200


def test_create_user():
    response = client.post("/users/", json={"username": "john", "password": "secret"})
    assert response.status_code == 201
    assert response.json()["username"] == "john"


def test_login():
    token = get_token()
    assert token is not None


def test_create_todo():
    token = get_token()
    response = client.post(
        "/todos/",
        json={"title": "Test todo", "description": "testing"},
        headers={"Authorization": "Bearer " + token},
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Test todo"


def test_read_todos():
    token = get_token()
    response = client.get("/todos/", headers={"Authorization": "Bearer " + token})
    assert response.status_code == 200
