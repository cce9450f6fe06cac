import asyncio

import httpx
import pytest

Headers = dict[str, str]


async def _post(client: httpx.AsyncClient, who: Headers, title: str = "Hello") -> dict[str, object]:
    r = await client.post("/posts", json={"title": title, "content": "body"}, headers=who)
    assert r.status_code == 201, r.text
    return r.json()


async def test_create_and_read(client: httpx.AsyncClient, alice: Headers) -> None:
    post = await _post(client, alice)
    assert post["author"] == {"id": 1, "username": "alice"}
    assert post["comment_count"] == 0
    r = await client.get(f"/posts/{post['id']}")
    assert r.status_code == 200 and r.json() == post


async def test_list_is_paginated_newest_first(client: httpx.AsyncClient, alice: Headers) -> None:
    for i in range(5):
        await _post(client, alice, f"p{i}")
    r = await client.get("/posts", params={"limit": 2, "offset": 1})
    body = r.json()
    assert r.status_code == 200
    assert [p["title"] for p in body["items"]] == ["p3", "p2"]
    assert (body["total"], body["limit"], body["offset"]) == (5, 2, 1)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}, {"offset": 2**63}])
async def test_list_rejects_bad_paging(client: httpx.AsyncClient, params: dict[str, object]) -> None:
    assert (await client.get("/posts", params=params)).status_code == 422


@pytest.mark.parametrize("post_id", ["999", "0", str(2**64), "abc"])
async def test_unknown_or_invalid_post(client: httpx.AsyncClient, post_id: str) -> None:
    r = await client.get(f"/posts/{post_id}")
    assert r.status_code in (404, 422)
    assert r.status_code == (404 if post_id == "999" else 422)


@pytest.mark.parametrize("body", [{}, {"title": ""}, {"title": "   ", "content": "x"}, {"title": 1, "content": []}])
async def test_create_validation(client: httpx.AsyncClient, alice: Headers, body: dict[str, object]) -> None:
    assert (await client.post("/posts", json=body, headers=alice)).status_code == 422
    assert (await client.get("/posts")).json()["total"] == 0


async def test_only_author_can_edit_or_delete(client: httpx.AsyncClient, alice: Headers, bob: Headers) -> None:
    post = await _post(client, alice)
    url = f"/posts/{post['id']}"
    assert (await client.patch(url, json={"title": "mine now"}, headers=bob)).status_code == 403
    assert (await client.delete(url, headers=bob)).status_code == 403
    r = await client.patch(url, json={"title": "Edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited" and r.json()["content"] == "body"
    assert (await client.delete(url, headers=alice)).status_code == 204
    assert (await client.get(url)).status_code == 404
    assert (await client.patch(url, json={"title": "x"}, headers=alice)).status_code == 404


async def test_concurrent_writers(client: httpx.AsyncClient, alice: Headers) -> None:
    await asyncio.gather(*(_post(client, alice, f"c{i}") for i in range(25)))
    assert (await client.get("/posts")).json()["total"] == 25
