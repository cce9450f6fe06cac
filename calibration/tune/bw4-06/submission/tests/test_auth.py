import pytest


def test_signup_ok(client):
    r = client.post("/auth/signup", json={"username": "carol", "password": "password123"})
    assert r.status_code == 201
    assert r.json()["username"] == "carol"
    assert "password" not in r.text and "password_hash" not in r.text


def test_signup_duplicate(client, alice):
    r = client.post("/auth/signup", json={"username": "alice", "password": "password123"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "ab", "password": "password123"},
        {"username": "carol", "password": "short"},
        {"username": "white space", "password": "password123"},
        {"username": "carol"},
        {"password": "password123"},
        {},
    ],
)
def test_signup_invalid(client, body):
    assert client.post("/auth/signup", json=body).status_code == 422


def test_login_wrong_password(client, alice):
    r = client.post("/auth/token", data={"username": "alice", "password": "not-the-one"})
    assert r.status_code == 401


def test_login_unknown_user(client):
    r = client.post("/auth/token", data={"username": "nobody", "password": "password123"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer garbage"}, {"Authorization": "Bearer a.b.c"}],
)
def test_write_needs_valid_token(client, headers):
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert r.status_code == 401
