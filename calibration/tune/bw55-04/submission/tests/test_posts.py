import pytest


async def create_post(client, headers, title="Hello", content="World"):
    resp = await client.post("/posts", json={"title": title, "content": content}, headers=headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


async def test_create_post(client, alice):
    post = await create_post(client, alice)
    assert post["id"]
    assert post["title"] == "Hello"
    assert post["author_username"] == "alice"
    assert post["comment_count"] == 0


async def test_create_post_requires_auth(client):
    resp = await client.post("/posts", json={"title": "Hello", "content": "World"})
    assert resp.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [
        {"title": "", "content": "x"},
        {"title": "x"},
        {"content": "x"},
        {"title": "x" * 201, "content": "x"},
        {"title": 123, "content": "x"},
    ],
)
async def test_create_post_validation(client, alice, payload):
    resp = await client.post("/posts", json=payload, headers=alice)
    assert resp.status_code == 422


async def test_list_posts_is_public_and_paginated(client, alice):
    for i in range(5):
        await create_post(client, alice, title=f"post {i}")

    resp = await client.get("/posts", params={"limit": 2})
    assert resp.status_code == 200
    titles = [p["title"] for p in resp.json()]
    assert titles == ["post 4", "post 3"]

    resp = await client.get("/posts", params={"limit": 2, "offset": 4})
    assert [p["title"] for p in resp.json()] == ["post 0"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 51}, {"offset": -1}, {"limit": "x"}])
async def test_list_posts_rejects_bad_pagination(client, params):
    resp = await client.get("/posts", params=params)
    assert resp.status_code == 422


async def test_get_post(client, alice):
    post = await create_post(client, alice)
    resp = await client.get(f"/posts/{post['id']}")
    assert resp.status_code == 200
    assert resp.json()["title"] == "Hello"


async def test_get_missing_post(client):
    resp = await client.get("/posts/999")
    assert resp.status_code == 404


async def test_update_post(client, alice):
    post = await create_post(client, alice)
    resp = await client.patch(f"/posts/{post['id']}", json={"title": "Updated"}, headers=alice)
    assert resp.status_code == 200
    assert resp.json()["title"] == "Updated"
    assert resp.json()["content"] == "World"
    assert resp.json()["updated_at"] is not None


async def test_update_post_by_other_user_is_forbidden(client, alice, bob):
    post = await create_post(client, alice)
    resp = await client.patch(f"/posts/{post['id']}", json={"title": "Hacked"}, headers=bob)
    assert resp.status_code == 403

    resp = await client.get(f"/posts/{post['id']}")
    assert resp.json()["title"] == "Hello"


async def test_update_missing_post(client, alice):
    resp = await client.patch("/posts/999", json={"title": "x"}, headers=alice)
    assert resp.status_code == 404


async def test_delete_post(client, alice):
    post = await create_post(client, alice)
    resp = await client.delete(f"/posts/{post['id']}", headers=alice)
    assert resp.status_code == 204

    resp = await client.get(f"/posts/{post['id']}")
    assert resp.status_code == 404


async def test_delete_post_by_other_user_is_forbidden(client, alice, bob):
    post = await create_post(client, alice)
    resp = await client.delete(f"/posts/{post['id']}", headers=bob)
    assert resp.status_code == 403


async def test_delete_requires_auth(client, alice):
    post = await create_post(client, alice)
    resp = await client.delete(f"/posts/{post['id']}")
    assert resp.status_code == 401
