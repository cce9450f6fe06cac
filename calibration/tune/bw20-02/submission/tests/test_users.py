import pytest

from tests.conftest import auth_headers


def test_sign_up(client):
    response = client.post("/users", json={"username": "alice", "password": "password123"})

    assert response.status_code == 201
    assert response.json()["username"] == "alice"
    assert "password" not in response.text
    assert "password_digest" not in response.json()


def test_sign_up_with_taken_username(client, create_user):
    create_user(username="alice")

    response = client.post("/users", json={"username": "alice", "password": "password123"})

    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "alice"},
        {"username": "al", "password": "password123"},
        {"username": "alice smith", "password": "password123"},
        {"username": "alice", "password": "short"},
    ],
)
def test_sign_up_with_invalid_params(client, payload):
    assert client.post("/users", json=payload).status_code == 422


def test_password_is_stored_hashed(create_user):
    user = create_user(password="password123")

    assert user.password_digest != "password123"
    assert user.password_digest.startswith("$2b$")


def test_log_in(client, create_user):
    user = create_user(username="alice", password="password123")

    response = client.post("/session", json={"username": "alice", "password": "password123"})

    assert response.status_code == 200
    assert response.json() == {"access_token": user.api_token, "token_type": "Token"}


def test_log_in_with_wrong_password(client, create_user):
    create_user(username="alice", password="password123")

    response = client.post("/session", json={"username": "alice", "password": "wrong-password"})

    assert response.status_code == 401


def test_log_in_unknown_user(client):
    response = client.post("/session", json={"username": "nobody", "password": "password123"})

    assert response.status_code == 401


def test_bearer_scheme_is_accepted(client, create_user, create_post):
    user = create_user()
    headers = {"Authorization": f"Bearer {user.api_token}"}

    response = client.post("/posts", json={"title": "Hi", "content": "There"}, headers=headers)

    assert response.status_code == 201


def test_log_out_rotates_token(client, create_user):
    user = create_user()
    old_headers = auth_headers(user)

    assert client.delete("/session", headers=old_headers).status_code == 204
    assert client.delete("/session", headers=old_headers).status_code == 401
