import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from blog.database import Base, get_db
from blog.main import app

TEST_DATABASE_URL = "sqlite:///./test_db.sqlite3"

engine = create_engine(TEST_DATABASE_URL, connect_args={"check_same_thread": False})
TestingSessionLocal = sessionmaker(autocommit=False, autoflush=False, bind=engine)


def override_get_db():
    db = TestingSessionLocal()
    try:
        yield db
    finally:
        db.close()


app.dependency_overrides[get_db] = override_get_db


@pytest.fixture(autouse=True)
def setup_database():
    Base.metadata.create_all(bind=engine)
    yield
    Base.metadata.drop_all(bind=engine)


@pytest.fixture
def client():
    return TestClient(app)


def register_and_login(client, username, password="testpass123"):
    client.post("/api/auth/register/", json={"username": username, "password": password})
    response = client.post("/api/auth/token/", json={"username": username, "password": password})
    return {"Authorization": f"Bearer {response.json()['access']}"}


@pytest.fixture
def auth_headers(client):
    return register_and_login(client, "john")


@pytest.fixture
def other_auth_headers(client):
    return register_and_login(client, "jane")
