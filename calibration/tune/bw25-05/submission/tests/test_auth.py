from fastapi.testclient import TestClient


def test_signup_does_not_return_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "carol", "password": "long-enough"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert "password" not in body and "password_hash" not in body


def test_duplicate_username_is_409(client: TestClient) -> None:
    payload = {"username": "dave", "password": "long-enough"}
    assert client.post("/auth/signup", json=payload).status_code == 201
    assert client.post("/auth/signup", json=payload).status_code == 409


def test_short_password_is_422(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "erin", "password": "x"})
    assert r.status_code == 422


def test_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "frank", "password": "long-enough"})
    r = client.post("/auth/token", data={"username": "frank", "password": "nope-nope"})
    assert r.status_code == 401


def test_unknown_user_is_401(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "ghost", "password": "whatever1"})
    assert r.status_code == 401


def test_missing_and_garbage_token_are_401(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    r = client.get("/todos", headers={"Authorization": "Bearer not.a.jwt"})
    assert r.status_code == 401
