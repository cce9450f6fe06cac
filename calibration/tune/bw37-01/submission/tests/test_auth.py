from fastapi.testclient import TestClient

from .conftest import PASSWORD, AuthHeaders


def test_signup_returns_201_without_password(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "carol", "password": PASSWORD})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "carol"
    assert isinstance(body["id"], int)
    assert "password" not in body and "password_hash" not in body


def test_duplicate_username_is_409(client: TestClient, alice: AuthHeaders) -> None:
    response = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert response.status_code == 409


def test_signup_validation(client: TestClient) -> None:
    assert client.post("/auth/signup", json={"username": "ab", "password": PASSWORD}).status_code == 422
    assert client.post("/auth/signup", json={"username": "dave", "password": "short"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "dave"}).status_code == 422
    assert client.post("/auth/signup", json={"username": 5, "password": PASSWORD}).status_code == 422


def test_login_with_wrong_password_is_401(client: TestClient, alice: AuthHeaders) -> None:
    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-password"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_for_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": PASSWORD})
    assert response.status_code == 401


def test_garbage_token_is_401(client: TestClient) -> None:
    headers = {"Authorization": "Bearer not-a-jwt"}
    response = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert response.status_code == 401


def test_token_signed_with_another_secret_is_401(client: TestClient) -> None:
    import jwt

    forged = jwt.encode({"sub": "1", "exp": 4_102_444_800}, "x" * 40, algorithm="HS256")
    response = client.post(
        "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": f"Bearer {forged}"}
    )
    assert response.status_code == 401
