def test_post_crud(client, make_user):
    headers = make_user("alice")
    r = client.post("/posts", json={"title": "Hello", "content": "World"}, headers=headers)
    assert r.status_code == 201
    post = r.json()
    assert post["author"] == "alice"

    assert client.get(f"/posts/{post['id']}").status_code == 200
    r = client.patch(f"/posts/{post['id']}", json={"title": "Hi"}, headers=headers)
    assert r.status_code == 200 and r.json()["title"] == "Hi" and r.json()["content"] == "World"
    assert client.delete(f"/posts/{post['id']}", headers=headers).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_write_requires_login(client):
    assert client.post("/posts", json={"title": "a", "content": "b"}).status_code == 401


def test_only_author_may_edit_or_delete(client, make_user):
    alice = make_user("alice")
    bob = make_user("bob")
    post_id = client.post("/posts", json={"title": "A", "content": "B"}, headers=alice).json()["id"]
    assert client.patch(f"/posts/{post_id}", json={"title": "pwned"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post_id}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post_id}").json()["title"] == "A"


def test_post_validation(client, make_user):
    headers = make_user("alice")
    assert client.post("/posts", json={"title": "", "content": "x"}, headers=headers).status_code == 422
    assert client.post("/posts", json={"title": "x"}, headers=headers).status_code == 422


def test_pagination(client, make_user):
    headers = make_user("alice")
    for i in range(3):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=headers)
    r = client.get("/posts", params={"limit": 2, "offset": 0, "ordering": "title"})
    assert r.json()["count"] == 3
    assert [p["title"] for p in r.json()["results"]] == ["p0", "p1"]
    assert client.get("/posts", params={"limit": 1000}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422
    assert client.get("/posts", params={"ordering": "password"}).status_code == 422


def test_comments(client, make_user):
    alice = make_user("alice")
    bob = make_user("bob")
    post_id = client.post("/posts", json={"title": "A", "content": "B"}, headers=alice).json()["id"]
    r = client.post(f"/posts/{post_id}/comments", json={"body": "nice"}, headers=bob)
    assert r.status_code == 201 and r.json()["author"] == "bob"
    r = client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200 and r.json()["count"] == 1


def test_comment_on_missing_post(client, make_user):
    headers = make_user("alice")
    assert client.post("/posts/999/comments", json={"body": "x"}, headers=headers).status_code == 404
    assert client.get("/posts/999/comments").status_code == 404
    assert client.post("/posts/999/comments", json={"body": "x"}).status_code == 401
