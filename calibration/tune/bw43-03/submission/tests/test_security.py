"""Security regression tests: authn, token handling, authz, brute force, headers."""
import base64
import json
import time
import uuid

import jwt
from fastapi.testclient import TestClient

SECRET = "test-only-secret-0123456789abcdef0123456789"
PASSWORD = "correct horse battery staple"


def b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def signup(client: TestClient) -> str:
    username = f"u{uuid.uuid4().hex[:12]}"
    r = client.post("/auth/register", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201, r.text
    return username


def token_for(client: TestClient, username: str) -> str:
    r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return r.json()["access_token"]


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_register_never_returns_password_material(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": f"u{uuid.uuid4().hex[:8]}", "password": PASSWORD})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username", "created_at"}


def test_weak_password_rejected(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "shortpw", "password": "hunter2"})
    assert r.status_code == 422


def test_unknown_fields_rejected(client: TestClient) -> None:
    r = client.post(
        "/auth/register",
        json={"username": "massassign", "password": PASSWORD, "is_admin": True},
    )
    assert r.status_code == 422


def test_wrong_password_and_unknown_user_look_the_same(client: TestClient) -> None:
    username = signup(client)
    bad_pw = client.post("/auth/token", data={"username": username, "password": "nope-nope-nope"})
    no_user = client.post("/auth/token", data={"username": "ghost_user", "password": "nope-nope-nope"})
    assert bad_pw.status_code == no_user.status_code == 401
    assert bad_pw.json() == no_user.json()


def test_brute_force_is_throttled(client: TestClient) -> None:
    username = signup(client)
    for _ in range(5):
        r = client.post("/auth/token", data={"username": username, "password": "wrong-password"})
        assert r.status_code == 401
    r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
    assert r.status_code == 429
    assert "retry-after" in r.headers


def test_write_without_token_is_401(client: TestClient) -> None:
    r = client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401


def test_tampered_token_rejected(client: TestClient) -> None:
    token = token_for(client, signup(client))
    header, payload, sig = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["sub"] = "1"
    forged = f"{header}.{b64(claims)}.{sig}"
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=auth(forged))
    assert r.status_code == 401


def test_alg_none_rejected(client: TestClient) -> None:
    now = int(time.time())
    claims = {"sub": "1", "iss": "blog-api", "aud": "blog-api-clients", "iat": now,
              "nbf": now, "exp": now + 600, "jti": "x"}
    forged = f"{b64({'alg': 'none', 'typ': 'JWT'})}.{b64(claims)}."
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=auth(forged))
    assert r.status_code == 401


def test_expired_token_rejected(client: TestClient) -> None:
    now = int(time.time())
    claims = {"sub": "1", "iss": "blog-api", "aud": "blog-api-clients", "iat": now - 7200,
              "nbf": now - 7200, "exp": now - 3600, "jti": "x"}
    expired = jwt.encode(claims, SECRET, algorithm="HS256")
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=auth(expired))
    assert r.status_code == 401


def test_wrong_audience_rejected(client: TestClient) -> None:
    now = int(time.time())
    claims = {"sub": "1", "iss": "blog-api", "aud": "some-other-service", "iat": now,
              "nbf": now, "exp": now + 600, "jti": "x"}
    other = jwt.encode(claims, SECRET, algorithm="HS256")
    r = client.post("/posts", json={"title": "t", "content": "c"}, headers=auth(other))
    assert r.status_code == 401


def test_only_author_can_edit_or_delete(client: TestClient) -> None:
    alice = token_for(client, signup(client))
    mallory = token_for(client, signup(client))
    post = client.post("/posts", json={"title": "mine", "content": "hello"}, headers=auth(alice))
    assert post.status_code == 201
    post_id = post.json()["id"]

    assert client.patch(f"/posts/{post_id}", json={"title": "pwned"}, headers=auth(mallory)).status_code == 403
    assert client.delete(f"/posts/{post_id}", headers=auth(mallory)).status_code == 403
    assert client.get(f"/posts/{post_id}").json()["title"] == "mine"


def test_author_id_cannot_be_injected(client: TestClient) -> None:
    alice = token_for(client, signup(client))
    r = client.post("/posts", json={"title": "t", "content": "c", "author_id": 1}, headers=auth(alice))
    assert r.status_code == 422


def test_huge_id_does_not_500(client: TestClient) -> None:
    r = client.get(f"/posts/{2**70}")
    assert r.status_code == 422


def test_security_headers_present(client: TestClient) -> None:
    r = client.get("/posts")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "access-control-allow-origin" not in r.headers
