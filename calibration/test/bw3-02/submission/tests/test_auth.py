from fastapi.testclient import TestClient


def test_register_returns_201_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert "password" not in body and "password_hash" not in body


def test_register_duplicate_username_is_409(client: TestClient) -> None:
    payload = {"username": "alice", "password": "s3cret-pass"}
    client.post("/auth/register", json=payload)
    assert client.post("/auth/register", json=payload).status_code == 409


def test_register_rejects_short_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "short"})
    assert response.status_code == 422


def test_register_rejects_missing_fields(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "alice"}).status_code == 422


def test_login_with_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})
    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-pass"})
    assert response.status_code == 401


def test_login_with_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})
    assert response.status_code == 401


def test_garbage_token_is_401(client: TestClient) -> None:
    response = client.post(
        "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer nope"}
    )
    assert response.status_code == 401
