import pytest
from httpx import AsyncClient


async def create(client: AsyncClient, headers: dict[str, str], title: str = "Hello") -> dict:
    r = await client.post("/posts", json={"title": title, "content": "Body"}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


async def test_create_and_read(client: AsyncClient, make_user) -> None:
    alice = await make_user("alice")
    post = await create(client, alice)
    assert post == {"id": 1, "title": "Hello", "content": "Body", "author": "alice"}

    r = await client.get("/posts/1")  # public read
    assert r.status_code == 200
    assert r.json() == post


async def test_list_is_paginated_newest_first(client: AsyncClient, make_user) -> None:
    alice = await make_user("alice")
    for i in range(5):
        await create(client, alice, title=f"p{i}")
    r = await client.get("/posts", params={"limit": 2, "offset": 1})
    assert r.status_code == 200
    assert [p["title"] for p in r.json()] == ["p3", "p2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}])
async def test_list_rejects_bad_paging(client: AsyncClient, params: dict) -> None:
    assert (await client.get("/posts", params=params)).status_code == 422


@pytest.mark.parametrize(
    "body", [{}, {"title": "", "content": "c"}, {"title": "t"}, {"title": 1, "content": "c"}]
)
async def test_create_validation(client: AsyncClient, make_user, body: dict) -> None:
    alice = await make_user("alice")
    assert (await client.post("/posts", json=body, headers=alice)).status_code == 422
    assert (await client.get("/posts")).json() == []


async def test_missing_post_404(client: AsyncClient, make_user) -> None:
    alice = await make_user("alice")
    assert (await client.get("/posts/42")).status_code == 404
    r = await client.put("/posts/42", json={"title": "t", "content": "c"}, headers=alice)
    assert r.status_code == 404
    assert (await client.delete("/posts/42", headers=alice)).status_code == 404


async def test_author_can_update_and_delete(client: AsyncClient, make_user) -> None:
    alice = await make_user("alice")
    post = await create(client, alice)
    r = await client.put(
        f"/posts/{post['id']}", json={"title": "Edited", "content": "New"}, headers=alice
    )
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"

    r = await client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert (await client.get(f"/posts/{post['id']}")).status_code == 404


async def test_non_author_forbidden(client: AsyncClient, make_user) -> None:
    alice = await make_user("alice")
    bob = await make_user("bob")
    post = await create(client, alice)
    r = await client.put(f"/posts/{post['id']}", json={"title": "x", "content": "y"}, headers=bob)
    assert r.status_code == 403
    assert (await client.delete(f"/posts/{post['id']}", headers=bob)).status_code == 403
    assert (await client.get(f"/posts/{post['id']}")).json()["title"] == "Hello"
