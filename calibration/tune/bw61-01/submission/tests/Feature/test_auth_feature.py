from fastapi.testclient import TestClient

PASSWORD = "correct-horse-battery"


def test_user_can_register(client: TestClient) -> None:
    response = client.post("/api/auth/register", json={"username": "taylor", "password": PASSWORD})

    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "taylor"
    assert "id" in body
    assert "password" not in body


def test_username_must_be_unique(client: TestClient) -> None:
    client.post("/api/auth/register", json={"username": "taylor", "password": PASSWORD})
    response = client.post("/api/auth/register", json={"username": "taylor", "password": PASSWORD})

    assert response.status_code == 409


def test_register_validates_input(client: TestClient) -> None:
    assert client.post("/api/auth/register", json={"username": "taylor"}).status_code == 422
    assert (
        client.post("/api/auth/register", json={"username": "taylor", "password": "short"}).status_code
        == 422
    )
    assert (
        client.post("/api/auth/register", json={"username": "a b", "password": PASSWORD}).status_code
        == 422
    )


def test_user_can_login(client: TestClient) -> None:
    client.post("/api/auth/register", json={"username": "taylor", "password": PASSWORD})
    response = client.post("/api/auth/login", data={"username": "taylor", "password": PASSWORD})

    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_login_with_wrong_password_is_rejected(client: TestClient) -> None:
    client.post("/api/auth/register", json={"username": "taylor", "password": PASSWORD})
    response = client.post("/api/auth/login", data={"username": "taylor", "password": "nope-nope"})

    assert response.status_code == 401


def test_login_with_unknown_user_is_rejected(client: TestClient) -> None:
    response = client.post("/api/auth/login", data={"username": "ghost", "password": PASSWORD})

    assert response.status_code == 401


def test_me_requires_a_valid_token(client: TestClient) -> None:
    assert client.get("/api/auth/me").status_code == 401
    assert (
        client.get("/api/auth/me", headers={"Authorization": "Bearer garbage"}).status_code == 401
    )
