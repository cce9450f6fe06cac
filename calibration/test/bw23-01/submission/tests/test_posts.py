import httpx

from tests.conftest import Register

POST = {"title": "Hello", "content": "First post"}


async def test_publish_and_read(client: httpx.AsyncClient, register_and_login: Register) -> None:
    headers = await register_and_login("jose")
    resp = await client.post("/posts", json=POST, headers=headers)
    assert resp.status_code == 201
    post = resp.json()
    assert post["author"] == "jose" and post["title"] == "Hello"

    resp = await client.get(f"/posts/{post['id']}")
    assert resp.status_code == 200
    assert resp.json() == post


async def test_publish_requires_token(client: httpx.AsyncClient) -> None:
    assert (await client.post("/posts", json=POST)).status_code == 401


async def test_publish_validates(client: httpx.AsyncClient, register_and_login: Register) -> None:
    headers = await register_and_login("jose")
    for payload in ({"title": "", "content": "x"}, {"content": "x"}, {"title": "x", "content": 3}):
        assert (await client.post("/posts", json=payload, headers=headers)).status_code == 422


async def test_missing_post_is_404(client: httpx.AsyncClient) -> None:
    assert (await client.get("/posts/999")).status_code == 404


async def test_list_is_paginated(client: httpx.AsyncClient, register_and_login: Register) -> None:
    headers = await register_and_login("jose")
    for i in range(5):
        await client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=headers)

    resp = await client.get("/posts", params={"limit": 2, "offset": 1})
    assert resp.status_code == 200
    assert [p["title"] for p in resp.json()] == ["p3", "p2"]

    for params in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}):
        assert (await client.get("/posts", params=params)).status_code == 422


async def test_only_author_can_update(client: httpx.AsyncClient, register_and_login: Register) -> None:
    jose = await register_and_login("jose")
    chris = await register_and_login("chris")
    post_id = (await client.post("/posts", json=POST, headers=jose)).json()["id"]

    resp = await client.put(f"/posts/{post_id}", json={"title": "Mine", "content": "now"}, headers=chris)
    assert resp.status_code == 403

    resp = await client.put(f"/posts/{post_id}", json={"title": "Edited", "content": "v2"}, headers=jose)
    assert resp.status_code == 200
    assert resp.json()["title"] == "Edited"


async def test_update_missing_post_is_404(client: httpx.AsyncClient, register_and_login: Register) -> None:
    headers = await register_and_login("jose")
    assert (await client.put("/posts/42", json=POST, headers=headers)).status_code == 404


async def test_only_author_can_delete(client: httpx.AsyncClient, register_and_login: Register) -> None:
    jose = await register_and_login("jose")
    chris = await register_and_login("chris")
    post_id = (await client.post("/posts", json=POST, headers=jose)).json()["id"]
    await client.post(f"/posts/{post_id}/comments", json={"body": "nice"}, headers=chris)

    assert (await client.delete(f"/posts/{post_id}", headers=chris)).status_code == 403
    resp = await client.delete(f"/posts/{post_id}", headers=jose)
    assert resp.status_code == 204
    assert resp.content == b""
    assert (await client.get(f"/posts/{post_id}")).status_code == 404
    assert (await client.get(f"/posts/{post_id}/comments")).status_code == 404
