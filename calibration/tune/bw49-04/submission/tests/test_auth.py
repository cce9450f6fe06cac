from fastapi.testclient import TestClient

CREDENTIALS = {"username": "ada", "password": "correct horse battery"}


def test_signup_returns_the_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/signup", json=CREDENTIALS)

    assert response.status_code == 201
    assert response.json() == {"id": 1, "username": "ada"}


def test_signup_twice_is_a_conflict(client: TestClient) -> None:
    client.post("/auth/signup", json=CREDENTIALS)

    response = client.post("/auth/signup", json=CREDENTIALS)

    assert response.status_code == 409


def test_signup_rejects_a_short_password(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "ada", "password": "short"})

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "password"]


def test_signup_rejects_a_password_longer_than_72_bytes(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "ada", "password": "é" * 40})

    assert response.status_code == 422


def test_login_returns_a_bearer_token(client: TestClient) -> None:
    client.post("/auth/signup", json=CREDENTIALS)

    response = client.post("/auth/token", data=CREDENTIALS)

    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_login_with_a_wrong_password_is_unauthorized(client: TestClient) -> None:
    client.post("/auth/signup", json=CREDENTIALS)

    response = client.post("/auth/token", data={"username": "ada", "password": "wrong password"})

    assert response.status_code == 401


def test_login_as_an_unknown_user_is_unauthorized(client: TestClient) -> None:
    response = client.post("/auth/token", data=CREDENTIALS)

    assert response.status_code == 401


def test_a_forged_token_is_unauthorized(client: TestClient) -> None:
    response = client.get("/todos", headers={"Authorization": "Bearer not.a.token"})

    assert response.status_code == 401
