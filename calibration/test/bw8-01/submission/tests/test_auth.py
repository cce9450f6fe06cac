def test_user_can_register(client):
    response = client.post("/api/auth/register", json={"username": "john", "password": "secret123"})

    assert response.status_code == 201
    assert response.json()["data"]["username"] == "john"
    assert "password" not in response.json()["data"]


def test_username_must_be_unique(client):
    client.post("/api/auth/register", json={"username": "john", "password": "secret123"})
    response = client.post("/api/auth/register", json={"username": "john", "password": "other1234"})

    assert response.status_code == 422
    assert "username" in response.json()["errors"]


def test_password_is_required(client):
    response = client.post("/api/auth/register", json={"username": "john"})

    assert response.status_code == 422


def test_user_can_login(client):
    client.post("/api/auth/register", json={"username": "john", "password": "secret123"})
    response = client.post("/api/auth/login", json={"username": "john", "password": "secret123"})

    assert response.status_code == 200
    assert "|" in response.json()["access_token"]
    assert response.json()["token_type"] == "bearer"


def test_user_cannot_login_with_wrong_password(client):
    client.post("/api/auth/register", json={"username": "john", "password": "secret123"})
    response = client.post("/api/auth/login", json={"username": "john", "password": "wrong-password"})

    assert response.status_code == 401


def test_me_returns_current_user(client, auth_headers):
    response = client.get("/api/auth/me", headers=auth_headers)

    assert response.status_code == 200
    assert response.json()["data"]["username"] == "john"


def test_garbage_token_is_rejected(client):
    response = client.get("/api/auth/me", headers={"Authorization": "Bearer 1|nope"})

    assert response.status_code == 401


def test_logout_revokes_token(client, auth_headers):
    client.post("/api/auth/logout", headers=auth_headers)
    response = client.get("/api/auth/me", headers=auth_headers)

    assert response.status_code == 401
