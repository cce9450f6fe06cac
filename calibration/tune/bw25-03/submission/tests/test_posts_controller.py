import httpx

from tests.conftest import register_and_login


async def test_post_lifecycle(client: httpx.AsyncClient) -> None:
    headers = await register_and_login(client, "author")
    r = await client.post("/api/posts", json={"title": "Hello", "content": "World"}, headers=headers)
    assert r.status_code == 201
    post = r.json()
    assert post["author"]["username"] == "author"

    r = await client.get(f"/api/posts/{post['id']}")
    assert r.status_code == 200

    r = await client.patch(f"/api/posts/{post['id']}", json={"title": "Hi"}, headers=headers)
    assert r.status_code == 200 and r.json()["title"] == "Hi"

    r = await client.delete(f"/api/posts/{post['id']}", headers=headers)
    assert r.status_code == 204
    assert (await client.get(f"/api/posts/{post['id']}")).status_code == 404


async def test_create_post_requires_auth(client: httpx.AsyncClient) -> None:
    r = await client.post("/api/posts", json={"title": "Hello", "content": "World"})
    assert r.status_code == 401


async def test_create_post_validation(client: httpx.AsyncClient) -> None:
    headers = await register_and_login(client, "author")
    r = await client.post("/api/posts", json={"title": ""}, headers=headers)
    assert r.status_code == 422


async def test_only_author_can_edit_or_delete(client: httpx.AsyncClient) -> None:
    author = await register_and_login(client, "author")
    other = await register_and_login(client, "other")
    post_id = (await client.post("/api/posts", json={"title": "t", "content": "c"}, headers=author)).json()["id"]
    assert (await client.patch(f"/api/posts/{post_id}", json={"title": "x"}, headers=other)).status_code == 403
    assert (await client.delete(f"/api/posts/{post_id}", headers=other)).status_code == 403


async def test_missing_post_returns_404(client: httpx.AsyncClient) -> None:
    headers = await register_and_login(client, "author")
    assert (await client.get("/api/posts/12345")).status_code == 404
    assert (await client.patch("/api/posts/12345", json={"title": "x"}, headers=headers)).status_code == 404


async def test_paging_bounds(client: httpx.AsyncClient) -> None:
    headers = await register_and_login(client, "author")
    for i in range(3):
        await client.post("/api/posts", json={"title": f"p{i}", "content": "c"}, headers=headers)
    r = await client.get("/api/posts", params={"limit": 2})
    assert r.status_code == 200
    assert r.json()["total_count"] == 3 and len(r.json()["items"]) == 2
    assert (await client.get("/api/posts", params={"limit": 0})).status_code == 422
    assert (await client.get("/api/posts", params={"limit": 51})).status_code == 422
    assert (await client.get("/api/posts", params={"offset": -1})).status_code == 422


async def test_comments(client: httpx.AsyncClient) -> None:
    headers = await register_and_login(client, "author")
    post_id = (await client.post("/api/posts", json={"title": "t", "content": "c"}, headers=headers)).json()["id"]
    r = await client.post(f"/api/posts/{post_id}/comments", json={"content": "nice"}, headers=headers)
    assert r.status_code == 201
    r = await client.get(f"/api/posts/{post_id}/comments")
    assert r.status_code == 200 and r.json()["items"][0]["content"] == "nice"
    r = await client.post("/api/posts/999/comments", json={"content": "nice"}, headers=headers)
    assert r.status_code == 404
    r = await client.post(f"/api/posts/{post_id}/comments", json={"content": "nice"})
    assert r.status_code == 401
