from fastapi.testclient import TestClient

PW = "a-long-enough-password"


def test_register_never_returns_password(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "alice", "password": PW})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "alice"}


def test_register_duplicate_case_insensitive(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": PW})
    r = client.post("/auth/register", json={"username": "ALICE", "password": PW})
    assert r.status_code == 409


def test_register_rejects_bad_input(client: TestClient) -> None:
    for body in (
        {"username": "al", "password": PW},
        {"username": "alice; drop", "password": PW},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": PW, "is_admin": True},
        {"username": "alice"},
    ):
        assert client.post("/auth/register", json=body).status_code == 422, body


def test_login_failures_are_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": PW})
    assert client.post("/auth/token", data={"username": "alice", "password": "wrong-password"}).status_code == 401
    assert client.post("/auth/token", data={"username": "nobody", "password": PW}).status_code == 401


def test_bad_tokens_are_401(client: TestClient) -> None:
    body = {"title": "t", "content": "c"}
    assert client.post("/posts", json=body).status_code == 401
    assert client.post("/posts", json=body, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.post("/posts", json=body, headers={"Authorization": "Basic Zm9vOmJhcg=="}).status_code == 401


def test_password_stored_hashed(client: TestClient, tmp_path) -> None:
    import sqlite3

    client.post("/auth/register", json={"username": "alice", "password": PW})
    conn = sqlite3.connect(tmp_path / "test.sqlite3")
    (stored,) = conn.execute("SELECT password_hash FROM users").fetchone()
    conn.close()
    assert PW not in stored and stored.startswith("pbkdf2_sha256$600000$")
