import sqlite3
from datetime import datetime, timedelta, timezone

import jwt
import pytest

from auth import ALGORITHM, SECRET_KEY
from tests.conftest import PASSWORD


# ---------- register ----------


def test_register_returns_201_with_id_and_username(register):
    r = register("alice")
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"id", "username"}
    assert body["username"] == "alice"
    assert isinstance(body["id"], int)


def test_register_response_never_contains_password(register):
    text = register("alice").text
    assert PASSWORD not in text
    assert "password" not in text
    assert "$2b$" not in text


def test_password_is_stored_hashed(register, db_path):
    register("alice")
    conn = sqlite3.connect(db_path)
    (stored,) = conn.execute("SELECT password_hash FROM users WHERE username='alice'").fetchone()
    conn.close()
    assert stored != PASSWORD
    assert stored.startswith("$2b$")


def test_same_password_gets_different_hashes(register, db_path):
    register("alice")
    register("bob")
    conn = sqlite3.connect(db_path)
    hashes = [r[0] for r in conn.execute("SELECT password_hash FROM users")]
    conn.close()
    assert hashes[0] != hashes[1]


def test_register_duplicate_username_is_409(register):
    assert register("alice").status_code == 201
    r = register("alice")
    assert r.status_code == 409
    assert r.json()["detail"]


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"password": PASSWORD}, "username"),
        ({"username": "alice"}, "password"),
        ({"username": "al", "password": PASSWORD}, "username"),
        ({"username": "a" * 33, "password": PASSWORD}, "username"),
        ({"username": "ali ce", "password": PASSWORD}, "username"),
        ({"username": "alice'--", "password": PASSWORD}, "username"),
        ({"username": "alice", "password": "short"}, "password"),
        ({"username": "alice", "password": "x" * 129}, "password"),
        ({"username": 12345, "password": PASSWORD}, "username"),
        ({"username": "alice", "password": None}, "password"),
    ],
)
def test_register_validation_errors_are_422(client, payload, field):
    r = client.post("/auth/register", json=payload)
    assert r.status_code == 422
    locs = [e["loc"][-1] for e in r.json()["detail"]]
    assert field in locs


def test_register_boundaries_are_accepted(register):
    assert register("abc", password="x" * 8).status_code == 201
    assert register("a" * 32, password="y" * 128).status_code == 201


def test_register_with_long_unicode_password_does_not_500(register, login):
    # 128 characters but 256 bytes: more than bcrypt's 72 bytes
    pw = "é" * 128
    assert register("alice", password=pw).status_code == 201
    assert login("alice", password=pw).status_code == 200


def test_register_rejects_non_json(client):
    r = client.post("/auth/register", content="username=alice", headers={"Content-Type": "text/plain"})
    assert r.status_code == 422


# ---------- login ----------


def test_login_returns_bearer_token(register, login):
    register("alice")
    r = login("alice")
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"
    assert r.json()["access_token"]


def test_login_wrong_password_is_401(register, login):
    register("alice")
    r = login("alice", password="wrong-password")
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"


def test_login_unknown_user_is_401(login):
    assert login("ghost").status_code == 401


def test_login_is_case_sensitive_on_password(register, login):
    register("alice")
    assert login("alice", password=PASSWORD.upper()).status_code == 401


@pytest.mark.parametrize("data", [{}, {"username": "alice"}, {"password": PASSWORD}])
def test_login_missing_fields_is_422(client, data):
    assert client.post("/auth/token", data=data).status_code == 422


def test_login_with_json_instead_of_form_is_422(client, register):
    register("alice")
    r = client.post("/auth/token", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 422


# ---------- token checks on protected routes ----------


def _token(sub="1", minutes=5, key=SECRET_KEY, alg=ALGORITHM):
    exp = datetime.now(timezone.utc) + timedelta(minutes=minutes)
    return jwt.encode({"sub": sub, "exp": exp}, key, algorithm=alg)


@pytest.mark.parametrize(
    "auth_header",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Bearer not.a.jwt",
        "Basic YWxpY2U6cGFzc3dvcmQ=",
        "Token abc",
    ],
)
def test_protected_route_rejects_bad_auth_header(client, alice, auth_header):
    headers = {} if auth_header is None else {"Authorization": auth_header}
    assert client.get("/todos", headers=headers).status_code == 401


def test_expired_token_is_401(client, alice):
    headers = {"Authorization": f"Bearer {_token(minutes=-1)}"}
    assert client.get("/todos", headers=headers).status_code == 401


def test_token_signed_with_other_key_is_401(client, alice):
    forged = _token(key="some-other-key-that-is-also-32-bytes-long!")
    assert client.get("/todos", headers={"Authorization": f"Bearer {forged}"}).status_code == 401


def test_unsigned_alg_none_token_is_401(client, alice):
    forged = jwt.encode({"sub": "1"}, key=None, algorithm="none")
    assert client.get("/todos", headers={"Authorization": f"Bearer {forged}"}).status_code == 401


def test_tampered_token_is_401(client, alice):
    token = alice["Authorization"].split()[1]
    head, payload, sig = token.split(".")
    tampered = ".".join([head, payload, sig[::-1]])
    assert client.get("/todos", headers={"Authorization": f"Bearer {tampered}"}).status_code == 401


@pytest.mark.parametrize("sub", ["999", "abc", ""])
def test_token_for_missing_or_bad_subject_is_401(client, alice, sub):
    headers = {"Authorization": f"Bearer {_token(sub=sub)}"}
    assert client.get("/todos", headers=headers).status_code == 401


@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", "/todos"),
        ("POST", "/todos"),
        ("GET", "/todos/1"),
        ("PATCH", "/todos/1"),
        ("DELETE", "/todos/1"),
    ],
)
def test_every_todo_route_requires_auth(client, method, path):
    r = client.request(method, path, json={"title": "x"})
    assert r.status_code == 401
