def test_create_post(client, make_user):
    headers = make_user()
    res = client.post("/posts", json={"title": "Hello", "content": "My first post"}, headers=headers)
    assert res.status_code == 201
    data = res.json()
    assert data["id"] == 1
    assert data["author"] == "alice"


def test_create_post_not_logged_in(client):
    res = client.post("/posts", json={"title": "Hello", "content": "My first post"})
    assert res.status_code == 401


def test_create_post_invalid(client, make_user):
    headers = make_user()
    assert client.post("/posts", json={"title": "", "content": "x"}, headers=headers).status_code == 422
    assert client.post("/posts", json={"title": "x"}, headers=headers).status_code == 422
    assert client.post("/posts", json={"title": ["x"], "content": "x"}, headers=headers).status_code == 422


def test_read_post(client, make_user):
    headers = make_user()
    client.post("/posts", json={"title": "Hello", "content": "World"}, headers=headers)
    res = client.get("/posts/1")
    assert res.status_code == 200
    assert res.json()["title"] == "Hello"


def test_read_post_not_found(client):
    assert client.get("/posts/42").status_code == 404
    assert client.get("/posts/abc").status_code == 422


def test_list_posts_pagination(client, make_user):
    headers = make_user()
    for i in range(5):
        client.post("/posts", json={"title": f"Post {i}", "content": "..."}, headers=headers)
    res = client.get("/posts?limit=2&offset=1")
    assert res.status_code == 200
    assert [p["title"] for p in res.json()] == ["Post 3", "Post 2"]


def test_list_posts_bad_pagination(client):
    assert client.get("/posts?limit=0").status_code == 422
    assert client.get("/posts?limit=101").status_code == 422
    assert client.get("/posts?offset=-5").status_code == 422


def test_update_post(client, make_user):
    headers = make_user()
    client.post("/posts", json={"title": "Old", "content": "Old"}, headers=headers)
    res = client.put("/posts/1", json={"title": "New", "content": "New"}, headers=headers)
    assert res.status_code == 200
    assert res.json()["title"] == "New"
    assert res.json()["updated_at"] is not None


def test_cannot_edit_or_delete_someone_elses_post(client, make_user):
    alice = make_user("alice")
    bob = make_user("bob")
    client.post("/posts", json={"title": "Alice's", "content": "..."}, headers=alice)
    assert client.put("/posts/1", json={"title": "Bob was here", "content": "x"}, headers=bob).status_code == 403
    assert client.delete("/posts/1", headers=bob).status_code == 403
    assert client.get("/posts/1").json()["title"] == "Alice's"


def test_delete_post(client, make_user):
    headers = make_user()
    client.post("/posts", json={"title": "Bye", "content": "..."}, headers=headers)
    res = client.delete("/posts/1", headers=headers)
    assert res.status_code == 204
    assert client.get("/posts/1").status_code == 404
    assert client.delete("/posts/1", headers=headers).status_code == 404
