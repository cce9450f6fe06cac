async def create_post(client, headers, title="Hello", content="World"):
    r = await client.post("/posts", json={"title": title, "content": content}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


async def test_create_and_get_post(client, alice):
    post = await create_post(client, alice)
    assert post["author"] == "alice"

    r = await client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


async def test_create_post_needs_auth(client):
    r = await client.post("/posts", json={"title": "x", "content": "y"})
    assert r.status_code == 401


async def test_create_post_validation(client, alice):
    r = await client.post("/posts", json={"title": ""}, headers=alice)
    assert r.status_code == 422


async def test_get_missing_post(client):
    r = await client.get("/posts/12345")
    assert r.status_code == 404


async def test_list_posts_pagination(client, alice):
    for i in range(15):
        await create_post(client, alice, title=f"post {i}")

    r = await client.get("/posts")
    assert r.status_code == 200
    assert len(r.json()) == 10
    assert r.json()[0]["title"] == "post 14"

    r = await client.get("/posts", params={"limit": 5, "offset": 10})
    assert [p["title"] for p in r.json()] == [f"post {i}" for i in range(4, -1, -1)]


async def test_list_posts_bad_limit(client):
    assert (await client.get("/posts", params={"limit": 0})).status_code == 422
    assert (await client.get("/posts", params={"limit": 51})).status_code == 422
    assert (await client.get("/posts", params={"offset": -1})).status_code == 422


async def test_update_own_post(client, alice):
    post = await create_post(client, alice)
    r = await client.patch(f"/posts/{post['id']}", json={"title": "Updated"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Updated"
    assert r.json()["content"] == "World"


async def test_cannot_update_someone_elses_post(client, alice, bob):
    post = await create_post(client, alice)
    r = await client.patch(f"/posts/{post['id']}", json={"title": "pwned"}, headers=bob)
    assert r.status_code == 403


async def test_delete_post(client, alice):
    post = await create_post(client, alice)
    r = await client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert (await client.get(f"/posts/{post['id']}")).status_code == 404


async def test_delete_needs_auth(client, alice):
    post = await create_post(client, alice)
    r = await client.delete(f"/posts/{post['id']}")
    assert r.status_code == 401
