async def create_post(client, headers):
    resp = await client.post("/posts", json={"title": "Hello", "content": "World"}, headers=headers)
    return resp.json()


async def test_add_comment(client, alice, bob):
    post = await create_post(client, alice)
    resp = await client.post(
        f"/posts/{post['id']}/comments", json={"content": "Nice post"}, headers=bob
    )
    assert resp.status_code == 201
    assert resp.json()["author_username"] == "bob"
    assert resp.json()["post_id"] == post["id"]


async def test_add_comment_requires_auth(client, alice):
    post = await create_post(client, alice)
    resp = await client.post(f"/posts/{post['id']}/comments", json={"content": "Nice post"})
    assert resp.status_code == 401


async def test_add_comment_to_missing_post(client, alice):
    resp = await client.post("/posts/999/comments", json={"content": "Hi"}, headers=alice)
    assert resp.status_code == 404


async def test_add_empty_comment(client, alice):
    post = await create_post(client, alice)
    resp = await client.post(f"/posts/{post['id']}/comments", json={"content": ""}, headers=alice)
    assert resp.status_code == 422


async def test_list_comments_is_public(client, alice, bob):
    post = await create_post(client, alice)
    await client.post(f"/posts/{post['id']}/comments", json={"content": "first"}, headers=bob)
    await client.post(f"/posts/{post['id']}/comments", json={"content": "second"}, headers=alice)

    resp = await client.get(f"/posts/{post['id']}/comments")
    assert resp.status_code == 200
    data = resp.json()
    assert [c["content"] for c in data] == ["first", "second"]
    assert [c["author_username"] for c in data] == ["bob", "alice"]


async def test_comment_count_on_post(client, alice, bob):
    post = await create_post(client, alice)
    await client.post(f"/posts/{post['id']}/comments", json={"content": "one"}, headers=bob)
    await client.post(f"/posts/{post['id']}/comments", json={"content": "two"}, headers=bob)

    resp = await client.get(f"/posts/{post['id']}")
    assert resp.json()["comment_count"] == 2


async def test_list_comments_for_missing_post(client):
    resp = await client.get("/posts/999/comments")
    assert resp.status_code == 404


async def test_delete_post_removes_comments(client, alice, bob):
    post = await create_post(client, alice)
    await client.post(f"/posts/{post['id']}/comments", json={"content": "bye"}, headers=bob)

    resp = await client.delete(f"/posts/{post['id']}", headers=alice)
    assert resp.status_code == 204
    resp = await client.get(f"/posts/{post['id']}/comments")
    assert resp.status_code == 404
