import pytest


def test_register(client, db):
    response = client.post("/auth/register", json={"username": "a", "password": "secret1"})
    assert response.status_code == 201
    assert "password" not in response.json()
    row = db.execute("SELECT * FROM user WHERE username = 'a'").fetchone()
    assert row is not None
    assert row["password"] != "secret1"


@pytest.mark.parametrize(
    ("username", "password", "status"),
    (
        ("", "secret1", 422),
        ("a", "", 422),
        ("a", "short", 422),
        ("test", "secret1", 409),
    ),
)
def test_register_validate_input(client, username, password, status):
    response = client.post(
        "/auth/register", json={"username": username, "password": password}
    )
    assert response.status_code == status


def test_login(client, auth):
    response = auth.login()
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"

    response = client.get("/auth/me", headers=auth.headers)
    assert response.json() == {"id": 1, "username": "test"}


@pytest.mark.parametrize(
    ("username", "password"),
    (("a", "test"), ("test", "a")),
)
def test_login_validate_input(auth, username, password):
    response = auth.login(username, password)
    assert response.status_code == 401
    assert response.json()["detail"] == "Incorrect username or password."


def test_bad_token(client):
    response = client.get("/auth/me", headers={"Authorization": "Bearer garbage"})
    assert response.status_code == 401
