from fastapi.testclient import TestClient


def test_sign_up_returns_the_user_without_password(client: TestClient) -> None:
    response = client.post("/users", json={"username": "matz", "password": "ruby-is-fun"})

    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "matz"
    assert "password" not in body
    assert "password_digest" not in body


def test_sign_up_rejects_taken_username(client: TestClient) -> None:
    client.post("/users", json={"username": "matz", "password": "ruby-is-fun"})
    response = client.post("/users", json={"username": "matz", "password": "another-one"})

    assert response.status_code == 422
    assert response.json()["detail"] == {"username": ["has already been taken"]}


def test_sign_up_rejects_short_password(client: TestClient) -> None:
    response = client.post("/users", json={"username": "matz", "password": "short"})
    assert response.status_code == 422


def test_log_in_with_wrong_password(client: TestClient) -> None:
    client.post("/users", json={"username": "matz", "password": "ruby-is-fun"})
    response = client.post("/session", data={"username": "matz", "password": "python-is-fun"})
    assert response.status_code == 401


def test_me_requires_a_valid_token(client: TestClient) -> None:
    assert client.get("/users/me").status_code == 401
    assert client.get("/users/me", headers={"Authorization": "Bearer nope"}).status_code == 401
