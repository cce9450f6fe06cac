from collections.abc import Callable

from fastapi.testclient import TestClient


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "ada", "password": "lovelace-1815"})
    assert response.status_code == 201
    body = response.json()
    assert body == {"id": body["id"], "username": "ada"}
    assert "password" not in response.text


def test_duplicate_username_conflicts(client: TestClient) -> None:
    payload = {"username": "ada", "password": "lovelace-1815"}
    assert client.post("/auth/register", json=payload).status_code == 201
    assert client.post("/auth/register", json=payload).status_code == 409


def test_register_validation(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "ada", "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={"username": "a d", "password": "long-enough"}).status_code == 422
    assert client.post("/auth/register", json={"username": "ada"}).status_code == 422
    assert client.post("/auth/register", json={"username": 12, "password": ["x"]}).status_code == 422


def test_login_success_and_failures(client: TestClient, register: Callable[..., dict[str, str]]) -> None:
    register("grace", "hopper-1906")
    ok = client.post("/auth/token", data={"username": "grace", "password": "hopper-1906"})
    assert ok.status_code == 200
    assert ok.json()["token_type"] == "bearer"

    wrong = client.post("/auth/token", data={"username": "grace", "password": "nope-nope"})
    assert wrong.status_code == 401
    unknown = client.post("/auth/token", data={"username": "nobody", "password": "hopper-1906"})
    assert unknown.status_code == 401


def test_garbage_token_is_401(client: TestClient) -> None:
    response = client.post(
        "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer not.a.jwt"}
    )
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_token_signed_with_other_secret_is_401(client: TestClient) -> None:
    import jwt

    forged = jwt.encode({"sub": "1", "exp": 4102444800}, "some-other-secret-of-enough-length!!", algorithm="HS256")
    response = client.post("/posts", json={"title": "t", "content": "c"}, headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401
