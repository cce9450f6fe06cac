def test_signup(client, user_data):
    response = client.post("/auth/signup", json=user_data)
    assert response.status_code == 201


def test_signup_returns_username(client, user_data):
    response = client.post("/auth/signup", json=user_data)
    data = response.json()
    assert data["username"] == user_data["username"]


def test_signup_returns_id(client, user_data):
    response = client.post("/auth/signup", json=user_data)
    data = response.json()
    assert "id" in data


def test_signup_does_not_return_password(client, user_data):
    response = client.post("/auth/signup", json=user_data)
    data = response.json()
    assert data.get("password") != user_data["password"]


def test_signup_duplicate(client, user_data):
    client.post("/auth/signup", json=user_data)
    response = client.post("/auth/signup", json=user_data)
    assert response.status_code == 400 or 409


def test_login(client, user_data):
    client.post("/auth/signup", json=user_data)
    response = client.post(
        "/auth/login",
        data={"username": user_data["username"], "password": user_data["password"]},
    )
    assert response.status_code == 200


def test_login_returns_token(client, user_data):
    client.post("/auth/signup", json=user_data)
    response = client.post(
        "/auth/login",
        data={"username": user_data["username"], "password": user_data["password"]},
    )
    data = response.json()
    assert "access_token" in data
    assert data["token_type"] == "bearer"


def test_login_wrong_password(client, user_data):
    client.post("/auth/signup", json=user_data)
    response = client.post(
        "/auth/login",
        data={"username": user_data["username"], "password": "wrongpassword"},
    )
    assert response.status_code != 200


def test_me(client, auth_headers):
    response = client.get("/auth/me", headers=auth_headers)
    assert response.status_code == 200


def test_me_returns_user(client, auth_headers, user_data):
    response = client.get("/auth/me", headers=auth_headers)
    assert response.json()["username"] == user_data["username"]
