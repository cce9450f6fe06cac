def test_register_returns_user_without_password(client):
    r = client.post("/api/auth/register/", json={"username": "carol", "password": "longenough"})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "carol"}


def test_register_duplicate_username(client, alice):
    r = client.post("/api/auth/register/", json={"username": "alice", "password": "longenough"})
    assert r.status_code == 409


def test_register_validation(client):
    assert client.post("/api/auth/register/", json={"username": "ab", "password": "longenough"}).status_code == 422
    assert client.post("/api/auth/register/", json={"username": "carol", "password": "short"}).status_code == 422
    assert client.post("/api/auth/register/", json={"username": "carol"}).status_code == 422
    assert client.post("/api/auth/register/", json={"username": "bad name", "password": "longenough"}).status_code == 422


def test_token_bad_credentials(client, alice):
    r = client.post("/api/auth/token/", data={"username": "alice", "password": "wrong-password"})
    assert r.status_code == 401
    r = client.post("/api/auth/token/", data={"username": "nobody", "password": "wrong-password"})
    assert r.status_code == 401


def test_password_is_stored_hashed(client, db_session):
    client.post("/api/auth/register/", json={"username": "dave", "password": "plain-text-pw"})
    from blog.models import User

    with db_session() as db:
        user = db.query(User).filter_by(username="dave").one()
    assert user.password != "plain-text-pw"
    assert user.password.startswith("$pbkdf2-sha256$")


def test_invalid_token_is_401(client):
    r = client.post("/api/posts/", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
