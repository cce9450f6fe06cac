from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable

import jwt
import pytest
from fastapi.testclient import TestClient

from blogapi.settings import Settings, SettingsError, load_settings

Headers = dict[str, str]


def _b64(d: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()


def _post(client: TestClient, h: Headers, title: str = "t") -> int:
    r = client.post("/posts", json={"title": title, "content": "c"}, headers=h)
    assert r.status_code == 201, r.text
    post_id: int = r.json()["id"]
    return post_id


# ---- settings ---------------------------------------------------------------


def test_settings_require_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BLOG_JWT_SECRET", raising=False)
    with pytest.raises(SettingsError):
        load_settings()
    monkeypatch.setenv("BLOG_JWT_SECRET", "short")
    with pytest.raises(SettingsError):
        load_settings()


def test_settings_reject_wildcard_cors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BLOG_JWT_SECRET", "x" * 40)
    monkeypatch.setenv("BLOG_CORS_ORIGINS", "https://a.example,*")
    with pytest.raises(SettingsError):
        load_settings()


# ---- accounts ---------------------------------------------------------------


def test_signup_never_returns_hash(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": "long enough pw"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}
    assert "argon2" not in r.text


def test_duplicate_signup_409(client: TestClient) -> None:
    body = {"username": "alice", "password": "long enough pw"}
    assert client.post("/auth/signup", json=body).status_code == 201
    assert client.post("/auth/signup", json=body).status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "alice", "password": "short"},
        {"username": "a", "password": "long enough pw"},
        {"username": "al ice", "password": "long enough pw"},
        {"username": "alice", "password": "x" * 129},
        {"username": "alice", "password": "long enough pw", "is_admin": True},
        {"username": 5, "password": "long enough pw"},
    ],
)
def test_signup_validation(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/auth/signup", json=body).status_code == 422


@pytest.mark.parametrize(
    "form",
    [
        {"username": "alice", "password": "wrong password!"},
        {"username": "nobody", "password": "long enough pw"},
        {"username": "nobody", "password": "not-a-real-password-just-timing"},
        {"username": "alice", "password": "x" * 10_000},
    ],
)
def test_login_failures_are_uniform(client: TestClient, form: dict[str, str]) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": "long enough pw"})
    r = client.post("/auth/token", data=form)
    assert r.status_code == 401
    assert r.json() == {"detail": "invalid credentials"}


# ---- tokens -----------------------------------------------------------------


def test_write_without_token_401(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


def test_alg_none_rejected(client: TestClient, login: Callable[[str], Headers]) -> None:
    login("alice")
    token = _b64({"alg": "none", "typ": "JWT"}) + "." + _b64(
        {"sub": "1", "iss": "blogapi", "aud": "blogapi", "iat": int(time.time()),
         "exp": int(time.time()) + 60}
    ) + "."
    r = client.post("/posts", json={"title": "t", "content": "c"},
                    headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_expired_and_wrong_audience_rejected(
    client: TestClient, settings: Settings, login: Callable[[str], Headers]
) -> None:
    login("alice")
    now = int(time.time())
    base = {"sub": "1", "iss": "blogapi", "aud": "blogapi", "iat": now - 1000}
    for claims in (
        {**base, "exp": now - 10},
        {**base, "exp": now + 60, "aud": "other"},
        {**base, "exp": now + 60, "iss": "other"},
        {**base, "exp": now + 60, "sub": "999"},
    ):
        token = jwt.encode(claims, settings.jwt_secret, algorithm="HS256")
        r = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401, claims


# ---- authorization ----------------------------------------------------------


def test_non_author_cannot_edit_or_delete(
    client: TestClient, login: Callable[[str], Headers]
) -> None:
    alice, bob = login("alice"), login("bob")
    pid = _post(client, alice, "original")

    assert client.patch(f"/posts/{pid}", json={"title": "x"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{pid}", headers=bob).status_code == 403
    assert client.get(f"/posts/{pid}").json()["title"] == "original"


def test_author_edit_and_delete(client: TestClient, login: Callable[[str], Headers]) -> None:
    alice, bob = login("alice"), login("bob")
    pid = _post(client, alice)
    client.post(f"/posts/{pid}/comments", json={"body": "hi"}, headers=bob)

    r = client.patch(f"/posts/{pid}", json={"title": "new"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "new"
    assert r.json()["content"] == "c"

    r = client.delete(f"/posts/{pid}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{pid}").status_code == 404
    assert client.get(f"/posts/{pid}/comments").status_code == 404


@pytest.mark.parametrize(
    "body", [{"title": None}, {"content": None}, {"title": "   "}, {"author_id": 2}, {"title": 1}]
)
def test_patch_validation(
    client: TestClient, login: Callable[[str], Headers], body: dict[str, object]
) -> None:
    alice = login("alice")
    pid = _post(client, alice)
    assert client.patch(f"/posts/{pid}", json=body, headers=alice).status_code == 422


# ---- posts & comments -------------------------------------------------------


def test_public_reads(client: TestClient, login: Callable[[str], Headers]) -> None:
    alice = login("alice")
    pid = _post(client, alice)
    assert client.get("/posts").status_code == 200
    assert client.get(f"/posts/{pid}").json()["author"]["username"] == "alice"
    assert client.get(f"/posts/{pid}/comments").status_code == 200


def test_comment_on_missing_post_404(client: TestClient, login: Callable[[str], Headers]) -> None:
    h = login("alice")
    assert client.post("/posts/424242/comments", json={"body": "x"}, headers=h).status_code == 404
    assert client.get("/posts/424242/comments").status_code == 404


def test_comment_requires_auth(client: TestClient, login: Callable[[str], Headers]) -> None:
    pid = _post(client, login("alice"))
    assert client.post(f"/posts/{pid}/comments", json={"body": "x"}).status_code == 401


@pytest.mark.parametrize("path", ["/posts/0", "/posts/-1", "/posts/abc", f"/posts/{2**40}"])
def test_bad_ids_are_422(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 422


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}]
)
def test_pagination_bounds(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_pagination(client: TestClient, login: Callable[[str], Headers]) -> None:
    h = login("alice")
    ids = [_post(client, h, f"p{i}") for i in range(5)]
    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 5
    assert [p["id"] for p in page["items"]] == [ids[3], ids[2]]


# ---- transport --------------------------------------------------------------


def test_cors_allowlist_without_credentials(client: TestClient) -> None:
    ok = client.get("/posts", headers={"Origin": "https://blog.example"})
    assert ok.headers["access-control-allow-origin"] == "https://blog.example"
    assert "access-control-allow-credentials" not in ok.headers

    evil = client.get("/posts", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in evil.headers


def test_security_headers_and_no_docs(client: TestClient) -> None:
    r = client.get("/posts")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/docs").status_code == 404
    assert client.get("/openapi.json").status_code == 404
