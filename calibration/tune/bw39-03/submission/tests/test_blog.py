import httpx


async def test_signup_and_login(client: httpx.AsyncClient) -> None:
    r = await client.post("/auth/signup", json={"username": "bob", "password": "builder123"})
    assert r.status_code == 201
    assert r.json()["username"] == "bob"

    r = await client.post("/auth/login", data={"username": "bob", "password": "builder123"})
    assert r.status_code == 200
    token = r.json()["access_token"]

    r = await client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200
    assert r.json()["username"] == "bob"


async def test_create_and_list_posts(client: httpx.AsyncClient, auth_headers: dict[str, str]) -> None:
    for i in range(3):
        r = await client.post(
            "/posts", json={"title": f"post {i}", "content": "hello"}, headers=auth_headers
        )
        assert r.status_code == 201

    r = await client.get("/posts")
    assert r.status_code == 200
    posts = r.json()
    assert len(posts) == 3
    assert all(p["author"] == "alice" for p in posts)

    r = await client.get("/posts", params={"limit": 2, "sort": "old"})
    assert [p["title"] for p in r.json()] == ["post 0", "post 1"]


async def test_get_and_update_post(client: httpx.AsyncClient, auth_headers: dict[str, str]) -> None:
    r = await client.post("/posts", json={"title": "draft", "content": "wip"}, headers=auth_headers)
    post_id = r.json()["id"]

    r = await client.patch(f"/posts/{post_id}", json={"title": "final"}, headers=auth_headers)
    assert r.status_code == 200
    assert r.json()["title"] == "final"
    assert r.json()["content"] == "wip"

    r = await client.get(f"/posts/{post_id}")
    assert r.json()["title"] == "final"


async def test_comments(client: httpx.AsyncClient, auth_headers: dict[str, str]) -> None:
    r = await client.post("/posts", json={"title": "t", "content": "c"}, headers=auth_headers)
    post_id = r.json()["id"]

    r = await client.post(
        f"/posts/{post_id}/comments", json={"body": "first!"}, headers=auth_headers
    )
    assert r.status_code == 201

    r = await client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert [c["body"] for c in r.json()] == ["first!"]

    r = await client.get(f"/posts/{post_id}")
    assert r.json()["comment_count"] == 1


async def test_delete_post(client: httpx.AsyncClient, auth_headers: dict[str, str]) -> None:
    r = await client.post("/posts", json={"title": "bye", "content": "soon"}, headers=auth_headers)
    post_id = r.json()["id"]

    r = await client.delete(f"/posts/{post_id}", headers=auth_headers)
    assert r.status_code == 204
