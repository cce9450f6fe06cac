import sqlite3

import pytest
from fastapi.testclient import TestClient

from todo_api.config import settings
from todo_api.passwords import hash_password, verify_password


def test_sign_up(client: TestClient) -> None:
    r = client.post("/users", json={"username": "carol", "password": "long enough"})
    assert r.status_code == 201
    assert r.json() == {"id": r.json()["id"], "username": "carol"}


def test_sign_up_duplicate(client: TestClient, alice: tuple[str, str]) -> None:
    r = client.post("/users", json={"username": "alice", "password": "another one"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "carol"},
        {"password": "long enough"},
        {"username": "ca", "password": "long enough"},
        {"username": "carol", "password": "short"},
        {"username": "bad name!", "password": "long enough"},
        {"username": None, "password": "long enough"},
    ],
)
def test_sign_up_validation(client: TestClient, body: dict) -> None:
    r = client.post("/users", json=body)
    assert r.status_code == 422
    assert r.json()["detail"]


def test_sign_up_malformed_json(client: TestClient) -> None:
    r = client.post("/users", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_password_stored_hashed_and_salted(client: TestClient) -> None:
    for name in ("dave", "erin"):
        client.post("/users", json={"username": name, "password": "same password"})
    conn = sqlite3.connect(settings.db_path)
    hashes = [h for (h,) in conn.execute("SELECT password_hash FROM users")]
    conn.close()
    assert all(h.startswith("pbkdf2_sha256$") for h in hashes)
    assert "same password" not in "".join(hashes)
    assert hashes[0] != hashes[1]  # different salts


def test_verify_password_rejects_garbage() -> None:
    assert verify_password("x", hash_password("x"))
    assert not verify_password("y", hash_password("x"))
    assert not verify_password("x", "not-a-hash")
    assert not verify_password("x", "md5$1$aa$bb")


def test_me(client: TestClient, alice: tuple[str, str]) -> None:
    r = client.get("/users/me", auth=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"
    assert "password" not in r.text


@pytest.mark.parametrize(
    "auth", [None, ("alice", "wrong password"), ("nobody", "correct horse battery staple")]
)
def test_me_rejects_bad_credentials(client: TestClient, alice: tuple[str, str], auth) -> None:
    r = client.get("/users/me", auth=auth)
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Basic")


def test_me_rejects_non_basic_scheme(client: TestClient) -> None:
    r = client.get("/users/me", headers={"Authorization": "Bearer abc"})
    assert r.status_code == 401
