async def test_comment_flow(client, alice, bob):
    r = await client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)
    post_id = r.json()["id"]

    r = await client.post(f"/posts/{post_id}/comments", json={"body": "nice!"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob"
    assert r.json()["post_id"] == post_id

    r = await client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert [c["body"] for c in r.json()] == ["nice!"]


async def test_comment_on_missing_post(client, alice):
    r = await client.post("/posts/999/comments", json={"body": "hello"}, headers=alice)
    assert r.status_code == 404


async def test_comment_needs_auth(client, alice):
    r = await client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)
    r = await client.post(f"/posts/{r.json()['id']}/comments", json={"body": "hello"})
    assert r.status_code == 401


async def test_empty_comment(client, alice):
    r = await client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)
    r = await client.post(f"/posts/{r.json()['id']}/comments", json={"body": ""}, headers=alice)
    assert r.status_code == 422


async def test_delete_comment(client, alice):
    r = await client.post("/posts", json={"title": "t", "content": "c"}, headers=alice)
    post_id = r.json()["id"]
    r = await client.post(f"/posts/{post_id}/comments", json={"body": "oops"}, headers=alice)
    comment_id = r.json()["id"]

    r = await client.delete(f"/posts/{post_id}/comments/{comment_id}", headers=alice)
    assert r.status_code == 204
    r = await client.delete(f"/posts/{post_id}/comments/{comment_id}", headers=alice)
    assert r.status_code == 404
