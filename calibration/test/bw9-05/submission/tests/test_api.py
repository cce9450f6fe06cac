def test_register_login(client):
    r = client.post("/auth/register", json={"username": "alice", "password": "correct-horse"})
    assert r.status_code == 201
    assert "password" not in r.text
    assert client.post("/auth/register", json={"username": "alice", "password": "correct-horse"}).status_code == 409
    assert client.post("/auth/token", data={"username": "alice", "password": "nope-nope"}).status_code == 401
    assert client.post("/auth/token", data={"username": "alice", "password": "correct-horse"}).status_code == 200


def test_post_lifecycle(client, auth):
    name, h = auth()
    r = client.post("/posts", json={"title": "Hello", "content": "World"}, headers=h)
    assert r.status_code == 201
    post = r.json()
    assert post["author"] == name

    r = client.put(f"/posts/{post['id']}", json={"title": "Hello 2", "content": "World"}, headers=h)
    assert r.status_code == 200 and r.json()["title"] == "Hello 2"

    assert client.delete(f"/posts/{post['id']}", headers=h).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_write_requires_auth(client):
    assert client.post("/posts", json={"title": "x", "content": "y"}).status_code == 401


def test_only_author_can_edit_or_delete(client, auth):
    _, owner = auth()
    _, other = auth()
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=owner).json()
    assert client.put(f"/posts/{post['id']}", json={"title": "x", "content": "y"}, headers=other).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=other).status_code == 403


def test_comments(client, auth):
    _, h = auth()
    commenter, h2 = auth()
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=h).json()
    r = client.post(f"/posts/{post['id']}/comments", json={"body": "first"}, headers=h2)
    assert r.status_code == 201 and r.json()["author"] == commenter

    assert [c["body"] for c in client.get(f"/posts/{post['id']}/comments").json()] == ["first"]
    assert client.get(f"/posts/{post['id']}").json()["comments"][0]["body"] == "first"
    assert client.post("/posts/999999/comments", json={"body": "x"}, headers=h).status_code == 404


def test_validation(client, auth):
    _, h = auth()
    assert client.post("/posts", json={"title": ""}, headers=h).status_code == 422
    assert client.get("/posts/1/comments", params={"limit": 0}).status_code == 422
