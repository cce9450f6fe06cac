import pytest


def test_register_returns_user_without_password(client):
    r = client.post("/auth/register", json={"username": "alice", "password": "correct-horse"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "alice"
    assert isinstance(body["id"], int)
    assert "password" not in body
    assert "password_digest" not in body


def test_register_duplicate_username_is_409(client):
    payload = {"username": "alice", "password": "correct-horse"}
    assert client.post("/auth/register", json=payload).status_code == 201
    r = client.post("/auth/register", json=payload)
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "al", "password": "correct-horse"},  # too short
        {"username": "alice!", "password": "correct-horse"},  # bad characters
        {"username": "alice", "password": "short"},  # weak password
        {"username": "alice", "password": "é" * 40},  # 80 bytes, over bcrypt's limit
        {"username": "alice"},  # missing password
        {"username": 123, "password": "correct-horse"},  # wrong type
    ],
)
def test_register_validation_is_422(client, payload):
    assert client.post("/auth/register", json=payload).status_code == 422


def test_login_wrong_password_is_401(client, make_user):
    make_user("alice", "correct-horse")
    r = client.post("/auth/token", data={"username": "alice", "password": "wrong-horse"})
    assert r.status_code == 401


def test_login_unknown_user_is_401(client):
    r = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})
    assert r.status_code == 401


def test_garbage_token_is_401(client):
    r = client.post(
        "/posts",
        json={"title": "t", "content": "c"},
        headers={"Authorization": "Bearer not-a-jwt"},
    )
    assert r.status_code == 401


def test_stored_password_is_hashed(client, make_user):
    from app.models import User

    make_user("alice", "correct-horse")
    # reach into the overridden session factory through the app's dependency
    from app.db import get_db
    from app.main import app

    gen = app.dependency_overrides[get_db]()
    db = next(gen)
    user = db.query(User).filter_by(username="alice").one()
    assert user.password_digest != "correct-horse"
    assert user.password_digest.startswith("$2")
    assert user.authenticate("correct-horse")
    assert not user.authenticate("wrong-horse")
