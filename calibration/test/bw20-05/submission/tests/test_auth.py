import sqlite3

import pytest


def test_register(client, db_path):
    response = client.post("/auth/register", json={"username": "a_new_user", "password": "longenough"})
    assert response.status_code == 201
    assert response.json()["username"] == "a_new_user"
    assert "password" not in response.json()

    db = sqlite3.connect(db_path)
    row = db.execute("SELECT password FROM user WHERE username = 'a_new_user'").fetchone()
    assert row is not None
    assert row[0] != "longenough"


@pytest.mark.parametrize(
    ("username", "password", "message"),
    (
        ("", "", "Username is required."),
        ("a", "", "Password is required."),
        ("a", "short", "Password must be at least 8 characters."),
        ("test", "testtesttest", "already registered"),
    ),
)
def test_register_validate_input(client, username, password, message):
    response = client.post("/auth/register", json={"username": username, "password": password})
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_token(auth):
    response = auth.get_token()
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    assert response.json()["access_token"]


@pytest.mark.parametrize(
    ("username", "password", "message"),
    (
        ("a", "test", "Incorrect username."),
        ("test", "a", "Incorrect password."),
    ),
)
def test_token_validate_input(auth, username, password, message):
    response = auth.get_token(username, password)
    assert response.status_code == 401
    assert response.json()["error"] == message


def test_token_requires_basic_auth(client):
    response = client.post("/auth/token")
    assert response.status_code == 401


def test_bad_token_is_rejected(client):
    response = client.post(
        "/posts", json={"title": "x", "content": "y"}, headers={"Authorization": "Bearer garbage"}
    )
    assert response.status_code == 401
