from __future__ import annotations

import time

from todo_api import security

from .conftest import PASSWORD, make_user


def test_signup_never_returns_hash(client):
    r = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


def test_duplicate_username_conflicts(client):
    make_user(client, "alice")
    r = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 409


def test_signup_rejects_weak_or_oversized_input(client):
    assert client.post("/auth/signup", json={"username": "alice", "password": "short"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "alice", "password": "p" * 129}).status_code == 422
    assert client.post("/auth/signup", json={"username": "Al ice", "password": PASSWORD}).status_code == 422
    assert (
        client.post("/auth/signup", json={"username": "bob", "password": PASSWORD, "admin": True}).status_code
        == 422
    )


def test_login_failures_are_indistinguishable(client):
    make_user(client, "alice")
    wrong = client.post("/auth/login", json={"username": "alice", "password": "wrong password!"})
    missing = client.post("/auth/login", json={"username": "mallory", "password": "wrong password!"})
    assert wrong.status_code == missing.status_code == 401
    assert wrong.json() == missing.json()


def test_missing_and_malformed_tokens(client):
    assert client.get("/todos").status_code == 401
    for token in ["garbage", "a.b", "a.b.c", "x" * 600]:
        r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401, token


def test_tampered_token_rejected(client):
    headers = make_user(client, "alice")
    token = headers["Authorization"].split()[1]
    body, sig = token.split(".")
    forged_body = security._b64encode(b'{"sub":1,"iat":0,"exp":99999999999}')
    r = client.get("/todos", headers={"Authorization": f"Bearer {forged_body}.{sig}"})
    assert r.status_code == 401


def test_expired_token_rejected():
    token = security.issue_token(1, now=time.time() - security.TOKEN_TTL_SECONDS - 1)
    assert security.read_token(token) is None
    assert security.read_token(security.issue_token(1)) == 1


def test_token_for_deleted_or_unknown_user(client):
    token = security.issue_token(424242)
    assert client.get("/todos", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_oversized_body_refused(client):
    headers = make_user(client, "alice")
    r = client.post("/todos", headers=headers, json={"title": "t", "description": "d" * 20000})
    assert r.status_code == 413
