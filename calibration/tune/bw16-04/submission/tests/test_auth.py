import sqlite3

import pytest

from tests.conftest import PASSWORD


def test_signup_never_returns_password_material(client):
    r = client.post("/auth/signup", json={"username": "bob", "password": PASSWORD})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


def test_password_is_stored_as_argon2id(client, tmp_path):
    client.post("/auth/signup", json={"username": "bob", "password": PASSWORD})
    conn = sqlite3.connect(tmp_path / "test.sqlite3")
    (stored,) = conn.execute("SELECT password_hash FROM users").fetchone()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_duplicate_username_is_case_insensitive(client):
    client.post("/auth/signup", json={"username": "bob", "password": PASSWORD})
    r = client.post("/auth/signup", json={"username": "BOB", "password": PASSWORD})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "bob", "password": "short"},
        {"username": "b", "password": PASSWORD},
        {"username": "bob'; DROP TABLE users;--", "password": PASSWORD},
        {"username": "bob", "password": PASSWORD, "is_admin": True},
        {"username": "bob"},
        {"username": 123, "password": PASSWORD},
    ],
)
def test_signup_rejects_bad_input(client, payload):
    assert client.post("/auth/signup", json=payload).status_code == 422


def test_login_wrong_password_and_unknown_user_look_identical(client):
    client.post("/auth/signup", json={"username": "bob", "password": PASSWORD})
    wrong = client.post("/auth/token", data={"username": "bob", "password": "not the password"})
    unknown = client.post("/auth/token", data={"username": "nobody", "password": "not the password"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


@pytest.mark.parametrize(
    "header",
    [
        None,
        "Bearer ",
        "Bearer not-a-real-token",
        "Basic YWxpY2U6cGFzcw==",
        "Bearer " + "A" * 500,
    ],
)
def test_write_requires_valid_token(client, header):
    headers = {"Authorization": header} if header else {}
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_logout_revokes_token(client, alice):
    assert client.post("/auth/logout", headers=alice).status_code == 204
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)
    assert r.status_code == 401


def test_expired_session_is_rejected(client, alice, tmp_path):
    conn = sqlite3.connect(tmp_path / "test.sqlite3")
    conn.execute("UPDATE sessions SET expires_at = 0")
    conn.commit()
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)
    assert r.status_code == 401


def test_security_headers_present(client):
    r = client.get("/posts")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
