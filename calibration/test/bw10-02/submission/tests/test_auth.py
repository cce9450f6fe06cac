import pytest

from blog import auth
from blog.errors import AuthError

from .conftest import signup

SECRET = b"k" * 32


def test_register_returns_user_without_password(client):
    r = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "alice"
    assert "password" not in body and "password_hash" not in body


def test_register_duplicate_is_409(client):
    signup(client, "alice")
    r = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "al", "password": "password123"},
        {"username": "alice", "password": "short"},
        {"username": "al ice", "password": "password123"},
        {"username": "alice"},
        {"password": "password123"},
        {"username": 5, "password": "password123"},
    ],
)
def test_register_rejects_bad_input(client, payload):
    assert client.post("/auth/register", json=payload).status_code == 422


@pytest.mark.parametrize(
    "username,password",
    [("alice", "wrongpassword"), ("nobody", "password123")],
)
def test_login_failures_are_401(client, username, password):
    signup(client, "alice")
    r = client.post("/auth/token", json={"username": username, "password": password})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "header",
    [None, "Bearer garbage", "Bearer a.b", "Basic abc"],
)
def test_bad_tokens_are_401(client, header):
    headers = {} if header is None else {"Authorization": header}
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert r.status_code == 401


def test_password_hash_roundtrip():
    h = auth.hash_password("hunter2hunter2")
    assert h != auth.hash_password("hunter2hunter2")  # salted
    assert auth.verify_password("hunter2hunter2", h)
    assert not auth.verify_password("hunter3hunter3", h)


def test_token_roundtrip_and_expiry():
    tok = auth.issue_token(7, SECRET, ttl_seconds=60, now=1000)
    assert auth.parse_token(tok, SECRET, now=1030) == 7
    with pytest.raises(AuthError):
        auth.parse_token(tok, SECRET, now=1061)


def test_token_tampering_rejected():
    tok = auth.issue_token(7, SECRET, ttl_seconds=60, now=1000)
    forged = auth.issue_token(8, b"x" * 32, ttl_seconds=60, now=1000)
    payload_of_forged = forged.split(".")[0]
    sig_of_real = tok.split(".")[1]
    with pytest.raises(AuthError):
        auth.parse_token(f"{payload_of_forged}.{sig_of_real}", SECRET, now=1000)
    with pytest.raises(AuthError):
        auth.parse_token(tok, b"y" * 32, now=1000)
