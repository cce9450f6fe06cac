import time

import jwt
import pytest

from todo_api import settings

from .conftest import register_and_login


def forge(**overrides):
    now = int(time.time())
    claims = {
        "sub": "1", "ver": 0, "iat": now, "nbf": now, "exp": now + 60,
        "iss": settings.JWT_ISSUER, "aud": settings.JWT_AUDIENCE, "jti": "x",
    }
    claims.update(overrides)
    return claims


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def test_register_never_returns_hash(client):
    r = client.post("/auth/register", json={"username": "alice", "password": "correct-horse"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


def test_duplicate_username_case_insensitive(client):
    register_and_login(client, "alice")
    r = client.post("/auth/register", json={"username": "ALICE", "password": "correct-horse"})
    assert r.status_code == 409


def test_register_rejects_extra_fields(client):
    r = client.post("/auth/register", json={"username": "alice", "password": "correct-horse", "is_admin": True})
    assert r.status_code == 422


def test_wrong_password_and_unknown_user_look_the_same(client):
    register_and_login(client, "alice")
    a = client.post("/auth/token", data={"username": "alice", "password": "nope-nope"})
    b = client.post("/auth/token", data={"username": "mallory", "password": "nope-nope"})
    assert a.status_code == b.status_code == 401
    assert a.json() == b.json()


def test_login_is_throttled(client):
    register_and_login(client, "alice")
    for _ in range(settings.LOGIN_MAX_ATTEMPTS):
        assert client.post("/auth/token", data={"username": "alice", "password": "bad-pass"}).status_code == 401
    r = client.post("/auth/token", data={"username": "alice", "password": "correct-horse"})
    assert r.status_code == 429


def test_no_token(client):
    assert client.get("/todos").status_code == 401


@pytest.mark.parametrize(
    "token",
    [
        "garbage",
        jwt.encode(forge(), "wrong-secret-wrong-secret-wrong-secret", algorithm="HS256"),
        jwt.encode(forge(), None, algorithm="none"),
        jwt.encode(forge(exp=int(time.time()) - 10), "t" * 48, algorithm="HS256"),
        jwt.encode(forge(aud="someone-else"), "t" * 48, algorithm="HS256"),
        jwt.encode({k: v for k, v in forge().items() if k != "jti"}, "t" * 48, algorithm="HS256"),
    ],
    ids=["garbage", "bad-signature", "alg-none", "expired", "wrong-aud", "missing-claim"],
)
def test_bad_tokens_rejected(client, token):
    register_and_login(client, "alice")
    assert client.get("/todos", headers=bearer(token)).status_code == 401


def test_logout_all_revokes_tokens(client):
    h = register_and_login(client, "alice")
    assert client.get("/todos", headers=h).status_code == 200
    assert client.post("/auth/logout-all", headers=h).status_code == 204
    assert client.get("/todos", headers=h).status_code == 401


def test_other_users_todo_is_404(client):
    alice = register_and_login(client, "alice")
    bob = register_and_login(client, "bob")
    todo = client.post("/todos", json={"title": "secret plans"}, headers=alice).json()
    assert client.get(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["done"] is False


def test_patch_cannot_touch_owner(client):
    alice = register_and_login(client, "alice")
    todo = client.post("/todos", json={"title": "mine"}, headers=alice).json()
    r = client.patch(f"/todos/{todo['id']}", json={"owner_id": 2}, headers=alice)
    assert r.status_code == 422
    r = client.patch(f"/todos/{todo['id']}", json={"title = 'x', owner_id": 2}, headers=alice)
    assert r.status_code == 422
