def test_create_post(client, login):
    headers = login()
    resp = client.post("/posts", json={"title": "First", "content": "Body"}, headers=headers)
    assert resp.status_code == 201
    body = resp.json()
    assert body["id"] > 0
    assert body["title"] == "First"
    assert body["author"]["username"] == "alice"
    assert body["comment_count"] == 0


def test_create_post_requires_auth(client):
    resp = client.post("/posts", json={"title": "First", "content": "Body"})
    assert resp.status_code == 401


def test_create_post_validation(client, login):
    headers = login()
    assert client.post("/posts", json={"content": "no title"}, headers=headers).status_code == 422
    assert client.post("/posts", json={"title": "", "content": "x"}, headers=headers).status_code == 422
    assert client.post("/posts", json={"title": ["x"], "content": "x"}, headers=headers).status_code == 422


def test_list_posts_is_public_and_paginated(client, login, make_post):
    headers = login()
    for i in range(5):
        make_post(headers, title=f"Post {i}")

    resp = client.get("/posts", params={"limit": 2, "offset": 1})
    assert resp.status_code == 200
    body = resp.json()
    assert body["total"] == 5
    assert [p["title"] for p in body["items"]] == ["Post 3", "Post 2"]


def test_list_posts_rejects_bad_pagination(client):
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 101}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422
    assert client.get("/posts", params={"limit": "ten"}).status_code == 422


def test_get_post(client, login, make_post):
    post = make_post(login())
    resp = client.get(f"/posts/{post['id']}")
    assert resp.status_code == 200
    assert resp.json()["title"] == "Hello"


def test_get_missing_post(client):
    assert client.get("/posts/999").status_code == 404


def test_update_own_post(client, login, make_post):
    headers = login()
    post = make_post(headers)
    resp = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=headers)
    assert resp.status_code == 200
    assert resp.json()["title"] == "Edited"
    assert resp.json()["content"] == "World"


def test_update_someone_elses_post(client, login, make_post):
    post = make_post(login("alice"))
    bob = login("bob")
    resp = client.patch(f"/posts/{post['id']}", json={"title": "Mine now"}, headers=bob)
    assert resp.status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_update_missing_post(client, login):
    resp = client.patch("/posts/999", json={"title": "x"}, headers=login())
    assert resp.status_code == 404


def test_update_validation(client, login, make_post):
    headers = login()
    post = make_post(headers)
    resp = client.patch(f"/posts/{post['id']}", json={"title": ""}, headers=headers)
    assert resp.status_code == 422


def test_delete_post(client, login, make_post):
    headers = login()
    post = make_post(headers)
    resp = client.delete(f"/posts/{post['id']}", headers=headers)
    assert resp.status_code == 204
    assert resp.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_delete_someone_elses_post(client, login, make_post):
    post = make_post(login("alice"))
    resp = client.delete(f"/posts/{post['id']}", headers=login("bob"))
    assert resp.status_code == 403


def test_delete_requires_auth(client, login, make_post):
    post = make_post(login())
    assert client.delete(f"/posts/{post['id']}").status_code == 401
