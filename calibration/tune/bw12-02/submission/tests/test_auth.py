from todoapp.extensions import db
from todoapp.models import User


def test_register(client):
    resp = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert resp.status_code == 201
    body = resp.json()
    assert body["username"] == "alice"
    assert "password" not in body and "password_hash" not in body


def test_password_is_hashed(auth):
    auth.register()
    user = db.session.query(User).filter_by(username="alice").one()
    assert user.password_hash != "password123"
    assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))


def test_register_duplicate(auth):
    assert auth.register().status_code == 201
    assert auth.register().status_code == 409


def test_register_validation(client):
    assert client.post("/auth/register", json={"username": "al"}).status_code == 422
    assert client.post("/auth/register", json={"username": "alice", "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={"username": "a l i c e", "password": "password123"}).status_code == 422


def test_login(auth):
    auth.register()
    resp = auth.login()
    assert resp.status_code == 200
    assert resp.json()["token_type"] == "bearer"


def test_login_bad_password(auth):
    auth.register()
    assert auth.login(password="nope-nope").status_code == 401


def test_login_unknown_user(auth):
    assert auth.login(username="nobody").status_code == 401


def test_me(client, auth):
    resp = client.get("/auth/me", headers=auth.headers())
    assert resp.status_code == 200
    assert resp.json()["username"] == "alice"


def test_bad_token(client):
    resp = client.get("/auth/me", headers={"Authorization": "Bearer garbage"})
    assert resp.status_code == 401


def test_token_from_other_secret_rejected(client, auth):
    from itsdangerous import URLSafeTimedSerializer

    auth.register()
    forged = URLSafeTimedSerializer("wrong-secret", salt="todo-auth-token").dumps({"uid": 1})
    resp = client.get("/auth/me", headers={"Authorization": f"Bearer {forged}"})
    assert resp.status_code == 401
