from httpx import AsyncClient


async def test_comment_roundtrip(client: AsyncClient, make_user) -> None:
    alice = await make_user("alice")
    bob = await make_user("bob")
    post = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)).json()

    r = await client.post(f"/posts/{post['id']}/comments", json={"body": "first!"}, headers=bob)
    assert r.status_code == 201
    assert r.json() == {"id": 1, "post_id": post["id"], "body": "first!", "author": "bob"}

    r = await client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert [c["author"] for c in r.json()] == ["bob"]


async def test_comment_on_missing_post(client: AsyncClient, make_user) -> None:
    alice = await make_user("alice")
    r = await client.post("/posts/99/comments", json={"body": "hi"}, headers=alice)
    assert r.status_code == 404
    assert (await client.get("/posts/99/comments")).status_code == 404


async def test_comment_requires_auth_and_body(client: AsyncClient, make_user) -> None:
    alice = await make_user("alice")
    post = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)).json()
    r = await client.post(f"/posts/{post['id']}/comments", json={"body": "hi"})
    assert r.status_code == 401
    r = await client.post(f"/posts/{post['id']}/comments", json={"body": ""}, headers=alice)
    assert r.status_code == 422


async def test_deleting_post_cascades_comments(client: AsyncClient, make_user) -> None:
    alice = await make_user("alice")
    post = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)).json()
    await client.post(f"/posts/{post['id']}/comments", json={"body": "hi"}, headers=alice)
    assert (await client.delete(f"/posts/{post['id']}", headers=alice)).status_code == 204
    assert (await client.get(f"/posts/{post['id']}/comments")).status_code == 404
