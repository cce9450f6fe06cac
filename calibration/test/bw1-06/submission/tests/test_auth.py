from fastapi.testclient import TestClient


def test_register_returns_public_fields_only(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "carol", "password": "password123"})
    assert response.status_code == 201
    assert response.json() == {"id": response.json()["id"], "username": "carol"}


def test_duplicate_username(client: TestClient, alice: dict[str, str]) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "password123"})
    assert response.status_code == 409


def test_invalid_registration(client: TestClient) -> None:
    for body in ({"username": "x", "password": "password123"}, {"username": "carol", "password": "short"}, {}):
        assert client.post("/auth/register", json=body).status_code == 422


def test_wrong_password(client: TestClient, alice: dict[str, str]) -> None:
    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-password"})
    assert response.status_code == 401


def test_tampered_token(client: TestClient, alice: dict[str, str]) -> None:
    headers = {"Authorization": alice["Authorization"][:-2] + "xx"}
    response = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert response.status_code == 401
