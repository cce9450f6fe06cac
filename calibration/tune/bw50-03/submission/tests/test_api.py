from __future__ import annotations

import httpx
import pytest

from tests.conftest import signup_and_login

pytestmark = pytest.mark.anyio


async def new_post(c: httpx.AsyncClient, h: dict[str, str], title: str = "t") -> dict:
    r = await c.post("/posts", json={"title": title, "content": "body"}, headers=h)
    assert r.status_code == 201, r.text
    return r.json()


# auth


async def test_signup_does_not_leak_hash(client: httpx.AsyncClient) -> None:
    r = await client.post("/auth/signup", json={"username": "alice", "password": "hunter2hunter2"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username", "created_at"}


async def test_signup_duplicate(client: httpx.AsyncClient) -> None:
    await signup_and_login(client, "alice")
    r = await client.post("/auth/signup", json={"username": "alice", "password": "hunter2hunter2"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "al", "password": "hunter2hunter2"},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "é" * 40},
        {"username": "alice"},
        {"username": "bad name", "password": "hunter2hunter2"},
    ],
)
async def test_signup_validation(client: httpx.AsyncClient, payload: dict) -> None:
    r = await client.post("/auth/signup", json=payload)
    assert r.status_code == 422


async def test_login_wrong_password(client: httpx.AsyncClient) -> None:
    await signup_and_login(client, "alice")
    r = await client.post("/auth/login", json={"username": "alice", "password": "wrongwrong"})
    assert r.status_code == 401


async def test_login_unknown_user(client: httpx.AsyncClient) -> None:
    r = await client.post("/auth/login", json={"username": "ghost", "password": "wrongwrong"})
    assert r.status_code == 401


@pytest.mark.parametrize("header", [None, "Bearer garbage", "Basic YWxpY2U6eA=="])
async def test_write_requires_valid_token(client: httpx.AsyncClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    r = await client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert r.status_code == 401


# posts


async def test_post_crud(client: httpx.AsyncClient) -> None:
    h = await signup_and_login(client, "alice")
    p = await new_post(client, h, "hello")
    assert p["author"] == "alice"

    r = await client.get(f"/posts/{p['id']}")
    assert r.status_code == 200 and r.json()["title"] == "hello"

    r = await client.patch(f"/posts/{p['id']}", json={"content": "edited"}, headers=h)
    assert r.status_code == 200
    assert r.json()["content"] == "edited" and r.json()["title"] == "hello"

    r = await client.delete(f"/posts/{p['id']}", headers=h)
    assert r.status_code == 204
    assert (await client.get(f"/posts/{p['id']}")).status_code == 404


async def test_patch_null_title_is_ignored(client: httpx.AsyncClient) -> None:
    h = await signup_and_login(client, "alice")
    p = await new_post(client, h, "keep")
    r = await client.patch(f"/posts/{p['id']}", json={"title": None}, headers=h)
    assert r.status_code == 200 and r.json()["title"] == "keep"


async def test_only_author_may_modify(client: httpx.AsyncClient) -> None:
    alice = await signup_and_login(client, "alice")
    bob = await signup_and_login(client, "bob")
    p = await new_post(client, alice)

    assert (await client.patch(f"/posts/{p['id']}", json={"title": "x"}, headers=bob)).status_code == 403
    assert (await client.delete(f"/posts/{p['id']}", headers=bob)).status_code == 403


async def test_missing_post(client: httpx.AsyncClient) -> None:
    h = await signup_and_login(client, "alice")
    assert (await client.get("/posts/999")).status_code == 404
    assert (await client.patch("/posts/999", json={"title": "x"}, headers=h)).status_code == 404
    assert (await client.delete("/posts/999", headers=h)).status_code == 404


@pytest.mark.parametrize("path", ["/posts/0", "/posts/abc", f"/posts/{2**64}"])
async def test_bad_post_id(client: httpx.AsyncClient, path: str) -> None:
    assert (await client.get(path)).status_code == 422


async def test_create_post_validation(client: httpx.AsyncClient) -> None:
    h = await signup_and_login(client, "alice")
    for body in ({"content": "c"}, {"title": "", "content": "c"}, {"title": "t", "content": 5}):
        r = await client.post("/posts", json=body, headers=h)
        assert r.status_code == 422, body


async def test_list_pagination_and_order(client: httpx.AsyncClient) -> None:
    h = await signup_and_login(client, "alice")
    for t in ("b", "c", "a"):
        await new_post(client, h, t)

    r = await client.get("/posts", params={"limit": 2})
    assert [p["title"] for p in r.json()] == ["a", "c"]
    r = await client.get("/posts", params={"limit": 2, "offset": 2})
    assert [p["title"] for p in r.json()] == ["b"]
    r = await client.get("/posts", params={"order": "title"})
    assert [p["title"] for p in r.json()] == ["a", "b", "c"]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"order": "id; DROP TABLE posts"}]
)
async def test_list_rejects_bad_params(client: httpx.AsyncClient, params: dict) -> None:
    assert (await client.get("/posts", params=params)).status_code == 422


# comments


async def test_comments(client: httpx.AsyncClient) -> None:
    alice = await signup_and_login(client, "alice")
    bob = await signup_and_login(client, "bob")
    p = await new_post(client, alice)

    r = await client.post(f"/posts/{p['id']}/comments", json={"body": "first"}, headers=bob)
    assert r.status_code == 201 and r.json()["author"] == "bob"

    r = await client.get(f"/posts/{p['id']}/comments")
    assert r.status_code == 200 and [c["body"] for c in r.json()] == ["first"]


async def test_comment_on_missing_post(client: httpx.AsyncClient) -> None:
    h = await signup_and_login(client, "alice")
    r = await client.post("/posts/999/comments", json={"body": "hi"}, headers=h)
    assert r.status_code == 404
    assert (await client.get("/posts/999/comments")).status_code == 404


async def test_comment_requires_auth(client: httpx.AsyncClient) -> None:
    h = await signup_and_login(client, "alice")
    p = await new_post(client, h)
    r = await client.post(f"/posts/{p['id']}/comments", json={"body": "hi"})
    assert r.status_code == 401


async def test_comment_validation(client: httpx.AsyncClient) -> None:
    h = await signup_and_login(client, "alice")
    p = await new_post(client, h)
    r = await client.post(f"/posts/{p['id']}/comments", json={"body": "  "}, headers=h)
    assert r.status_code == 422
