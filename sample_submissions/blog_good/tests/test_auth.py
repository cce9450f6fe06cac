from __future__ import annotations

from fastapi.testclient import TestClient


def test_register_answers_without_the_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "carol", "password": "pass-word-1"})
    assert response.status_code == 201
    assert response.json() == {"username": "carol"}


def test_register_twice_is_a_conflict(client: TestClient) -> None:
    body = {"username": "carol", "password": "pass-word-1"}
    assert client.post("/auth/register", json=body).status_code == 201
    assert client.post("/auth/register", json=body).status_code == 409


def test_register_validates_and_does_not_echo_the_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "carol", "password": "s3cr7"})
    assert response.status_code == 422
    assert "s3cr7" not in response.text


def test_login_with_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "carol", "password": "pass-word-1"})
    response = client.post("/auth/login", json={"username": "carol", "password": "wrong-pass"})
    assert response.status_code == 401
    unknown = client.post("/auth/login", json={"username": "nobody", "password": "whatever1"})
    assert unknown.status_code == 401


def test_writes_need_a_valid_token(client: TestClient) -> None:
    post = {"title": "t", "body": "b"}
    assert client.post("/posts", json=post).status_code == 401
    bogus = {"Authorization": "Bearer nope"}
    assert client.post("/posts", json=post, headers=bogus).status_code == 401
