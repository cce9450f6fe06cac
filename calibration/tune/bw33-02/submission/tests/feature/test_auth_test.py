def test_a_user_can_register(client):
    response = client.post("/api/register", json={"name": "jeffrey", "password": "password123"})

    assert response.status_code == 201
    assert response.json()["user"]["name"] == "jeffrey"
    assert "token" in response.json()


def test_a_user_can_login(client):
    client.post("/api/register", json={"name": "jeffrey", "password": "password123"})

    response = client.post("/api/login", json={"name": "jeffrey", "password": "password123"})

    assert response.status_code == 200
    assert response.json()["token_type"] == "Bearer"


def test_a_user_can_fetch_their_profile(client, token):
    response = client.get("/api/user", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 200
    assert response.json()["name"] == "taylor"
