import httpx

Headers = dict[str, str]


async def test_comment_on_missing_post_is_404(client: httpx.AsyncClient, alice: Headers) -> None:
    r = await client.post("/posts/42/comments", json={"body": "hi"}, headers=alice)
    assert r.status_code == 404
    assert (await client.get("/posts/42/comments")).status_code == 404


async def test_comment_requires_auth(client: httpx.AsyncClient, alice: Headers) -> None:
    post = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)).json()
    r = await client.post(f"/posts/{post['id']}/comments", json={"body": "hi"})
    assert r.status_code == 401


async def test_comments_flow(client: httpx.AsyncClient, alice: Headers, bob: Headers) -> None:
    post = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)).json()
    url = f"/posts/{post['id']}/comments"
    for i in range(3):
        r = await client.post(url, json={"body": f"c{i}"}, headers=bob)
        assert r.status_code == 201
        assert r.json()["author"]["username"] == "bob"
    page = (await client.get(url, params={"limit": 2})).json()
    assert [c["body"] for c in page["items"]] == ["c0", "c1"] and page["total"] == 3
    assert (await client.get(f"/posts/{post['id']}")).json()["comment_count"] == 3
    assert (await client.post(url, json={"body": "  "}, headers=bob)).status_code == 422
    assert (await client.get(url, params={"limit": 500})).status_code == 422


async def test_deleting_post_removes_comments(client: httpx.AsyncClient, alice: Headers) -> None:
    post = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)).json()
    await client.post(f"/posts/{post['id']}/comments", json={"body": "x"}, headers=alice)
    await client.delete(f"/posts/{post['id']}", headers=alice)
    assert (await client.get(f"/posts/{post['id']}/comments")).status_code == 404
