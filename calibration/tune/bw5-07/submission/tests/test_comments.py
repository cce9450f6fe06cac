from httpx import AsyncClient

from tests.conftest import SignIn


async def test_comment_roundtrip(client: AsyncClient, sign_in: SignIn) -> None:
    h = await sign_in("ada")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=h)).json()["id"]
    for i in range(3):
        r = await client.post(f"/posts/{post_id}/comments", json={"content": f"c{i}"}, headers=h)
        assert r.status_code == 201
    r = await client.get(f"/posts/{post_id}/comments", params={"limit": 2, "offset": 1})
    assert [c["content"] for c in r.json()] == ["c1", "c2"]
    summary = (await client.get("/posts")).json()[0]
    assert summary["comment_count"] == 3


async def test_comment_on_missing_post(client: AsyncClient, sign_in: SignIn) -> None:
    h = await sign_in("ada")
    r = await client.post("/posts/999/comments", json={"content": "hi"}, headers=h)
    assert r.status_code == 404
    assert (await client.get("/posts/999/comments")).status_code == 404


async def test_comment_requires_auth(client: AsyncClient, sign_in: SignIn) -> None:
    h = await sign_in("ada")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=h)).json()["id"]
    assert (await client.post(f"/posts/{post_id}/comments", json={"content": "x"})).status_code == 401


async def test_empty_comment_rejected(client: AsyncClient, sign_in: SignIn) -> None:
    h = await sign_in("ada")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=h)).json()["id"]
    r = await client.post(f"/posts/{post_id}/comments", json={"content": ""}, headers=h)
    assert r.status_code == 422
