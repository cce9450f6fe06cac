from __future__ import annotations

import httpx
import pytest

from tests.conftest import AuthHeaders, MakeUser

pytestmark = pytest.mark.anyio


async def _publish(
    client: httpx.AsyncClient, headers: AuthHeaders, title: str = "Hello", content: str = "World"
) -> dict[str, object]:
    r = await client.post("/posts", json={"title": title, "content": content}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


async def test_publish_and_read(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    ada = await make_user("ada")
    post = await _publish(client, ada)
    assert post["author"] == {"id": 1, "username": "ada"}
    assert post["updated_at"] is None

    r = await client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json() == post


async def test_publish_requires_auth(client: httpx.AsyncClient) -> None:
    r = await client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": "t"},
        {"content": "c"},
        {"title": "", "content": "c"},
        {"title": "t", "content": ""},
        {"title": "x" * 201, "content": "c"},
        {"title": ["t"], "content": "c"},
    ],
)
async def test_publish_validation(
    client: httpx.AsyncClient, make_user: MakeUser, payload: dict[str, object]
) -> None:
    ada = await make_user("ada")
    r = await client.post("/posts", json=payload, headers=ada)
    assert r.status_code == 422
    assert (await client.get("/posts")).json()["total"] == 0


async def test_read_missing_post(client: httpx.AsyncClient) -> None:
    assert (await client.get("/posts/12345")).status_code == 404
    assert (await client.get("/posts/abc")).status_code == 422


async def test_author_can_edit(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    ada = await make_user("ada")
    post = await _publish(client, ada)
    r = await client.patch(f"/posts/{post['id']}", json={"title": "Hello, again"}, headers=ada)
    assert r.status_code == 200
    body = r.json()
    assert body["title"] == "Hello, again"
    assert body["content"] == "World"
    assert body["updated_at"] is not None


@pytest.mark.parametrize("payload", [{}, {"title": None}, {"content": None}, {"title": ""}])
async def test_edit_validation(
    client: httpx.AsyncClient, make_user: MakeUser, payload: dict[str, object]
) -> None:
    ada = await make_user("ada")
    post = await _publish(client, ada)
    r = await client.patch(f"/posts/{post['id']}", json=payload, headers=ada)
    assert r.status_code == 422


async def test_only_author_can_edit_or_delete(
    client: httpx.AsyncClient, make_user: MakeUser
) -> None:
    ada, bob = await make_user("ada"), await make_user("bob")
    post = await _publish(client, ada)

    assert (
        await client.patch(f"/posts/{post['id']}", json={"title": "mine"}, headers=bob)
    ).status_code == 403
    assert (await client.delete(f"/posts/{post['id']}", headers=bob)).status_code == 403
    assert (await client.get(f"/posts/{post['id']}")).json()["title"] == "Hello"


async def test_edit_or_delete_without_token(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    post = await _publish(client, await make_user("ada"))
    assert (await client.patch(f"/posts/{post['id']}", json={"title": "x"})).status_code == 401
    assert (await client.delete(f"/posts/{post['id']}")).status_code == 401


async def test_delete_post_and_its_comments(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    ada, bob = await make_user("ada"), await make_user("bob")
    post = await _publish(client, ada)
    await client.post(f"/posts/{post['id']}/comments", json={"content": "first!"}, headers=bob)

    r = await client.delete(f"/posts/{post['id']}", headers=ada)
    assert r.status_code == 204
    assert r.content == b""
    assert (await client.get(f"/posts/{post['id']}")).status_code == 404
    assert (await client.get(f"/posts/{post['id']}/comments")).status_code == 404
    assert (await client.delete(f"/posts/{post['id']}", headers=ada)).status_code == 404


async def test_list_is_paginated_newest_first(
    client: httpx.AsyncClient, make_user: MakeUser
) -> None:
    ada, bob = await make_user("ada"), await make_user("bob")
    for i in range(3):
        await _publish(client, ada, title=f"ada {i}")
        await _publish(client, bob, title=f"bob {i}")

    r = await client.get("/posts", params={"limit": 4, "offset": 1})
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 6
    assert (page["limit"], page["offset"]) == (4, 1)
    assert [p["title"] for p in page["items"]] == ["ada 2", "bob 1", "ada 1", "bob 0"]
    assert {p["author"]["username"] for p in page["items"]} == {"ada", "bob"}


async def test_list_default_page_size(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    ada = await make_user("ada")
    for i in range(25):
        await _publish(client, ada, title=f"p{i}")
    page = (await client.get("/posts")).json()
    assert len(page["items"]) == 20
    assert page["total"] == 25


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "ten"}]
)
async def test_list_rejects_out_of_range_paging(
    client: httpx.AsyncClient, params: dict[str, int | str]
) -> None:
    r = await client.get("/posts", params=params)
    assert r.status_code == 422
