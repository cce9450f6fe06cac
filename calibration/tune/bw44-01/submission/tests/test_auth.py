from fastapi.testclient import TestClient


def test_signup_does_not_echo_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "carol", "password": "s3cretpass"})
    assert r.status_code == 201
    assert r.json() == {"username": "carol"}


def test_signup_twice_is_conflict(client: TestClient) -> None:
    body = {"username": "dave", "password": "s3cretpass"}
    assert client.post("/auth/signup", json=body).status_code == 201
    assert client.post("/auth/signup", json=body).status_code == 409


def test_signup_validation(client: TestClient) -> None:
    assert client.post("/auth/signup", json={"username": "x", "password": "s3cretpass"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "erin", "password": "short"}).status_code == 422
    assert client.post("/auth/signup", json={"username": "erin"}).status_code == 422


def test_login_wrong_password(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "frank", "password": "s3cretpass"})
    r = client.post("/auth/token", data={"username": "frank", "password": "nope-nope"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "ghost", "password": "whatever1"})
    assert r.status_code == 401


def test_todos_need_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    assert client.get("/todos", headers={"Authorization": "Bearer garbage"}).status_code == 401
