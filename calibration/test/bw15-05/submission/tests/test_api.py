import uuid


async def register_and_login(client):
    username = "user_" + uuid.uuid4().hex[:8]
    res = await client.post("/api/auth/register", json={"username": username, "password": "secret123"})
    assert res.status_code == 201
    res = await client.post("/api/auth/login", json={"username": username, "password": "secret123"})
    assert res.status_code == 200
    return res.json()["token"], username


async def test_register_and_login(client):
    token, username = await register_and_login(client)
    assert token

    res = await client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert res.status_code == 200
    assert res.json()["username"] == username


async def test_create_and_get_post(client):
    token, username = await register_and_login(client)
    headers = {"Authorization": f"Bearer {token}"}

    res = await client.post("/api/posts", json={"title": "Hello", "content": "First post!"}, headers=headers)
    assert res.status_code == 201
    post = res.json()
    assert post["title"] == "Hello"
    assert post["author"]["username"] == username

    res = await client.get(f"/api/posts/{post['id']}")
    assert res.status_code == 200
    assert res.json()["commentCount"] == 0


async def test_list_posts(client):
    token, _ = await register_and_login(client)
    headers = {"Authorization": f"Bearer {token}"}
    for i in range(3):
        await client.post("/api/posts", json={"title": f"Post {i}", "content": "..."}, headers=headers)

    res = await client.get("/api/posts?limit=2")
    assert res.status_code == 200
    body = res.json()
    assert len(body["data"]) == 2
    assert body["meta"]["limit"] == 2


async def test_update_post(client):
    token, _ = await register_and_login(client)
    headers = {"Authorization": f"Bearer {token}"}
    res = await client.post("/api/posts", json={"title": "Old", "content": "..."}, headers=headers)
    post_id = res.json()["id"]

    res = await client.put(f"/api/posts/{post_id}", json={"title": "New"}, headers=headers)
    assert res.status_code == 200
    assert res.json()["title"] == "New"


async def test_delete_post(client):
    token, _ = await register_and_login(client)
    headers = {"Authorization": f"Bearer {token}"}
    res = await client.post("/api/posts", json={"title": "Bye", "content": "..."}, headers=headers)
    post_id = res.json()["id"]

    res = await client.delete(f"/api/posts/{post_id}", headers=headers)
    assert res.status_code == 204


async def test_comments(client):
    token, username = await register_and_login(client)
    headers = {"Authorization": f"Bearer {token}"}
    res = await client.post("/api/posts", json={"title": "Discuss", "content": "..."}, headers=headers)
    post_id = res.json()["id"]

    res = await client.post(f"/api/posts/{post_id}/comments", json={"text": "Nice!"}, headers=headers)
    assert res.status_code == 201
    assert res.json()["author"]["username"] == username

    res = await client.get(f"/api/posts/{post_id}/comments")
    assert res.status_code == 200
    assert res.json()["data"][0]["text"] == "Nice!"
    assert res.json()["meta"]["total"] == 1
