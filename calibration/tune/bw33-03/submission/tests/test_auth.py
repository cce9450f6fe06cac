import time

from fastapi.testclient import TestClient

from blog import auth


def test_register_hides_hash(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "neo", "password": "followthewhiterabbit"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


def test_register_duplicate(client: TestClient) -> None:
    body = {"username": "neo", "password": "followthewhiterabbit"}
    assert client.post("/auth/register", json=body).status_code == 201
    body["username"] = "NEO"
    assert client.post("/auth/register", json=body).status_code == 409


def test_register_validation(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "x", "password": "longenough"}).status_code == 422
    assert client.post("/auth/register", json={"username": "neo", "password": "short"}).status_code == 422
    assert client.post("/auth/register", json={"username": "neo"}).status_code == 422


def test_login_failures(client: TestClient, alice: dict[str, str]) -> None:
    assert client.post("/auth/token", data={"username": "alice", "password": "nope-nope"}).status_code == 401
    assert client.post("/auth/token", data={"username": "nobody", "password": "nope-nope"}).status_code == 401


def test_bad_and_missing_tokens(client: TestClient) -> None:
    body = {"title": "t", "content": "c"}
    assert client.post("/posts", json=body).status_code == 401
    assert client.post("/posts", json=body, headers={"Authorization": "Bearer junk"}).status_code == 401


def test_cached_token_still_expires(client: TestClient, alice: dict[str, str], monkeypatch) -> None:
    body = {"title": "t", "content": "c"}
    assert client.post("/posts", json=body, headers=alice).status_code == 201  # now cached
    real_time = time.time
    monkeypatch.setattr(auth.time, "time", lambda: real_time() + 10 * 3600)
    assert client.post("/posts", json=body, headers=alice).status_code == 401
