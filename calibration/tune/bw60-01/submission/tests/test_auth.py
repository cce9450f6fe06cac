from uuid import uuid4

from httpx import AsyncClient


def _name() -> str:
    return f"u_{uuid4().hex[:10]}"


async def test_signup_returns_user_without_password(client: AsyncClient) -> None:
    resp = await client.post("/auth/signup", json={"username": _name(), "password": "s3cret-pass"})
    assert resp.status_code == 201
    body = resp.json()
    assert set(body) == {"id", "username", "created_at"}
    assert "s3cret-pass" not in resp.text


async def test_signup_duplicate_username_is_conflict(client: AsyncClient) -> None:
    name = _name()
    first = await client.post("/auth/signup", json={"username": name, "password": "s3cret-pass"})
    second = await client.post("/auth/signup", json={"username": name, "password": "other-pass"})
    assert first.status_code == 201
    assert second.status_code == 409


async def test_signup_rejects_short_password_and_bad_username(client: AsyncClient) -> None:
    short = await client.post("/auth/signup", json={"username": _name(), "password": "short"})
    bad_name = await client.post("/auth/signup", json={"username": "no spaces!", "password": "long-enough"})
    missing = await client.post("/auth/signup", json={"username": _name()})
    assert short.status_code == 422
    assert bad_name.status_code == 422
    assert missing.status_code == 422


async def test_login_wrong_password_and_unknown_user(client: AsyncClient) -> None:
    name = _name()
    await client.post("/auth/signup", json={"username": name, "password": "s3cret-pass"})
    wrong = await client.post("/auth/token", data={"username": name, "password": "nope-nope"})
    unknown = await client.post("/auth/token", data={"username": _name(), "password": "s3cret-pass"})
    assert wrong.status_code == 401
    assert unknown.status_code == 401


async def test_me_requires_valid_token(client: AsyncClient, auth: dict[str, str]) -> None:
    assert (await client.get("/auth/me")).status_code == 401
    garbage = await client.get("/auth/me", headers={"Authorization": "Bearer not.a.jwt"})
    assert garbage.status_code == 401
    ok = await client.get("/auth/me", headers=auth)
    assert ok.status_code == 200
    assert "password_hash" not in ok.json()
