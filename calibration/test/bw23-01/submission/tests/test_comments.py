import httpx

from tests.conftest import Register


async def test_comment_and_list(client: httpx.AsyncClient, register_and_login: Register) -> None:
    jose = await register_and_login("jose")
    chris = await register_and_login("chris")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=jose)).json()["id"]

    resp = await client.post(f"/posts/{post_id}/comments", json={"body": "First!"}, headers=chris)
    assert resp.status_code == 201
    assert resp.json()["author"] == "chris"
    assert resp.json()["post_id"] == post_id

    resp = await client.get(f"/posts/{post_id}/comments")
    assert resp.status_code == 200
    assert [c["body"] for c in resp.json()] == ["First!"]


async def test_comment_on_missing_post(client: httpx.AsyncClient, register_and_login: Register) -> None:
    headers = await register_and_login("jose")
    resp = await client.post("/posts/404/comments", json={"body": "hello?"}, headers=headers)
    assert resp.status_code == 404


async def test_comment_requires_token(client: httpx.AsyncClient, register_and_login: Register) -> None:
    jose = await register_and_login("jose")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=jose)).json()["id"]
    assert (await client.post(f"/posts/{post_id}/comments", json={"body": "x"})).status_code == 401


async def test_empty_comment_is_rejected(client: httpx.AsyncClient, register_and_login: Register) -> None:
    jose = await register_and_login("jose")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=jose)).json()["id"]
    resp = await client.post(f"/posts/{post_id}/comments", json={"body": ""}, headers=jose)
    assert resp.status_code == 422
