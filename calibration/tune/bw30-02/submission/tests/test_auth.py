import base64
import json
import time

import jwt

from blogapi import config


def test_register_does_not_return_hash(client):
    r = client.post("/auth/register", json={"username": "carol", "password": "long enough pw"})
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"id", "username"}
    assert "argon2" not in r.text


def test_register_duplicate_case_insensitive(client):
    client.post("/auth/register", json={"username": "dave", "password": "long enough pw"})
    r = client.post("/auth/register", json={"username": "DAVE", "password": "long enough pw"})
    assert r.status_code == 409


def test_register_rejects_weak_and_weird_input(client):
    cases = [
        {"username": "ab", "password": "long enough pw"},
        {"username": "x" * 33, "password": "long enough pw"},
        {"username": "eve<script>", "password": "long enough pw"},
        {"username": "eve", "password": "short"},
        {"username": "eve", "password": "p" * 129},
        {"username": 123, "password": "long enough pw"},
        {"username": "eve"},
    ]
    for payload in cases:
        r = client.post("/auth/register", json=payload)
        assert r.status_code == 422, payload


def test_register_requires_json_object(client):
    assert client.post("/auth/register", json=["a", "b"]).status_code == 422
    r = client.post("/auth/register", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    r = client.post("/auth/register", data={"username": "x", "password": "y"})
    assert r.status_code == 422


def test_login_same_error_for_unknown_user_and_bad_password(client, alice):
    r1 = client.post("/auth/login", json={"username": "alice", "password": "wrong password!"})
    r2 = client.post("/auth/login", json={"username": "nobody", "password": "wrong password!"})
    assert r1.status_code == r2.status_code == 401
    assert r1.json() == r2.json()


def test_login_throttled(client, alice):
    for _ in range(config.LOGIN_MAX_ATTEMPTS):
        assert client.post("/auth/login", json={"username": "alice", "password": "nope nope nope"}).status_code == 401
    r = client.post("/auth/login", json={"username": "alice", "password": "correct horse battery"})
    assert r.status_code == 429


def _b64(d: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()


def test_alg_none_token_rejected(client, alice):
    token = _b64({"alg": "none", "typ": "JWT"}) + "." + _b64({"sub": "1", "iss": "blogapi", "iat": int(time.time()), "exp": int(time.time()) + 60}) + "."
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_token_signed_with_other_key_rejected(client, alice):
    now = int(time.time())
    token = jwt.encode({"sub": "1", "iss": "blogapi", "iat": now, "exp": now + 60}, "x" * 40, algorithm="HS256")
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_expired_token_rejected(client, alice):
    now = int(time.time())
    token = jwt.encode({"sub": "1", "iss": "blogapi", "iat": now - 100, "exp": now - 10}, config.JWT_SECRET, algorithm="HS256")
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_token_for_deleted_or_unknown_user_rejected(client, alice):
    now = int(time.time())
    token = jwt.encode({"sub": "999", "iss": "blogapi", "iat": now, "exp": now + 60}, config.JWT_SECRET, algorithm="HS256")
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_security_headers(client):
    r = client.get("/posts")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_docs_disabled_by_default(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/openapi.json").status_code == 404
