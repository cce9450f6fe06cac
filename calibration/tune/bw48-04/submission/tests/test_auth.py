from fastapi.testclient import TestClient


def test_signup_returns_201_and_never_the_password(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "alice", "password": "password123"})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert "id" in body
    assert "password" not in body
    assert "hashed_password" not in body


def test_signup_duplicate_username_is_409(client: TestClient) -> None:
    payload = {"username": "alice", "password": "password123"}
    assert client.post("/auth/signup", json=payload).status_code == 201
    assert client.post("/auth/signup", json=payload).status_code == 409


def test_signup_validation_errors_are_422(client: TestClient) -> None:
    assert client.post("/auth/signup", json={"username": "al", "password": "password123"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "alice", "password": "short"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "alice"}).status_code == 422


def test_login_with_wrong_password_is_401(client: TestClient, make_user) -> None:
    make_user("alice", "password123")
    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-password"})
    assert response.status_code == 401


def test_login_with_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": "password123"})
    assert response.status_code == 401


def test_me_requires_a_valid_token(client: TestClient, make_user) -> None:
    assert client.get("/auth/me").status_code == 401
    assert client.get("/auth/me", headers={"Authorization": "Bearer not-a-jwt"}).status_code == 401

    headers = make_user("alice")
    response = client.get("/auth/me", headers=headers)
    assert response.status_code == 200
    assert response.json()["username"] == "alice"
