import pytest


def test_register(client, auth, db):
    response = auth.register()
    assert response.status_code == 201
    assert response.json()["username"] == "test"

    user = db.execute("SELECT * FROM user WHERE username = 'test'").fetchone()
    assert user is not None
    assert user["password"] != "testpass"


@pytest.mark.parametrize(
    ("username", "password", "message"),
    (
        ("", "", "Username is required."),
        ("a", "", "Password is required."),
        ("a", "short", "Password must be at least 8 characters."),
    ),
)
def test_register_validate_input(auth, username, password, message):
    response = auth.register(username, password)
    assert response.status_code == 400
    assert response.json()["error"] == message


def test_register_duplicate(auth):
    auth.register()
    response = auth.register()
    assert response.status_code == 409
    assert "already registered" in response.json()["error"]


def test_login(auth):
    auth.register()
    response = auth.login()
    assert response.status_code == 200
    assert response.json()["token"]


@pytest.mark.parametrize(("username", "password"), (("nobody", "testpass"), ("test", "wrongpass")))
def test_login_validate_input(auth, username, password):
    auth.register()
    response = auth.login(username, password)
    assert response.status_code == 401
    assert response.json()["error"] == "Incorrect username or password."


def test_me(client, auth):
    response = client.get("/auth/me", headers=auth.headers())
    assert response.status_code == 200
    assert response.json()["username"] == "test"


def test_me_requires_token(client):
    assert client.get("/auth/me").status_code == 401
    assert client.get("/auth/me", headers={"Authorization": "Bearer garbage"}).status_code == 401


def test_token_from_other_secret_rejected(client, auth):
    from itsdangerous import URLSafeTimedSerializer

    auth.register()
    forged = URLSafeTimedSerializer("not-the-secret", salt="auth-token").dumps(1)
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401
