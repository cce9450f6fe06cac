from fastapi.testclient import TestClient


def test_signup_returns_user_without_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "carol", "password": "long enough"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert "password" not in body and "password_hash" not in body


def test_signup_duplicate_username_is_409(client: TestClient) -> None:
    payload = {"username": "carol", "password": "long enough"}
    assert client.post("/auth/signup", json=payload).status_code == 201
    assert client.post("/auth/signup", json=payload).status_code == 409


def test_signup_validation(client: TestClient) -> None:
    assert client.post("/auth/signup", json={"username": "carol"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "c", "password": "long enough"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "carol", "password": "short"}).status_code == 422
    assert (
        client.post("/auth/signup", json={"username": "carol", "password": "long enough", "admin": True}).status_code
        == 422
    )


def test_login_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "carol", "password": "long enough"})
    r = client.post("/auth/token", data={"username": "carol", "password": "wrong password"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user_is_401(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "nobody", "password": "whatever123"})
    assert r.status_code == 401


def test_todos_require_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    assert client.get("/todos", headers={"Authorization": "Bearer not-a-token"}).status_code == 401


def test_password_is_stored_hashed(client: TestClient) -> None:
    import sqlite3

    client.post("/auth/signup", json={"username": "carol", "password": "long enough"})
    conn = sqlite3.connect(client.app.state.db_path)  # type: ignore[attr-defined]
    (stored,) = conn.execute("SELECT password_hash FROM users WHERE username = 'carol'").fetchone()
    conn.close()
    assert "long enough" not in stored
    assert stored.startswith("scrypt$")
