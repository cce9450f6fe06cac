def test_user_can_register(client):
    response = client.post("/api/auth/register", json={"username": "taylor", "password": "password123"})

    assert response.status_code == 201
    assert response.json()["username"] == "taylor"
    assert "password" not in response.json()


def test_username_must_be_unique(client):
    client.post("/api/auth/register", json={"username": "taylor", "password": "password123"})
    response = client.post("/api/auth/register", json={"username": "taylor", "password": "password123"})

    assert response.status_code == 422


def test_user_can_login(client):
    client.post("/api/auth/register", json={"username": "taylor", "password": "password123"})
    response = client.post("/api/auth/login", data={"username": "taylor", "password": "password123"})

    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_login_fails_with_wrong_password(client):
    client.post("/api/auth/register", json={"username": "taylor", "password": "password123"})
    response = client.post("/api/auth/login", data={"username": "taylor", "password": "wrong-password"})

    assert response.status_code == 401
