from fastapi.testclient import TestClient


def test_signup_hides_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "ada", "password": "lovelace1843"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


def test_duplicate_username(client: TestClient) -> None:
    body = {"username": "ada", "password": "lovelace1843"}
    client.post("/auth/signup", json=body)
    assert client.post("/auth/signup", json=body).status_code == 409


def test_bad_signup_is_422(client: TestClient) -> None:
    assert client.post("/auth/signup", json={"username": "a", "password": "x"}).status_code == 422


def test_wrong_password_and_unknown_user(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "ada", "password": "lovelace1843"})
    assert client.post("/auth/token", data={"username": "ada", "password": "nope"}).status_code == 401
    assert client.post("/auth/token", data={"username": "bob", "password": "nope"}).status_code == 401


def test_garbage_token(client: TestClient) -> None:
    r = client.post("/posts", json={"title": "t", "content": "c"},
                    headers={"Authorization": "Bearer not.a.jwt"})
    assert r.status_code == 401
