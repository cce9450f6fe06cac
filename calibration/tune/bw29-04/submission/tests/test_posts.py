def make_post(client, headers, title="Hello", content="World"):
    r = client.post("/posts", json={"title": title, "content": content}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_create_and_read(client, auth_header):
    h = auth_header("alice")
    post = make_post(client, h)
    assert post["author"] == "alice"
    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


def test_create_requires_auth(client):
    r = client.post("/posts", json={"title": "x", "content": "y"})
    assert r.status_code == 401


def test_create_validation(client, auth_header):
    h = auth_header("alice")
    assert client.post("/posts", json={"title": "", "content": "y"}, headers=h).status_code == 422
    assert client.post("/posts", json={"content": "y"}, headers=h).status_code == 422


def test_missing_post(client):
    assert client.get("/posts/999").status_code == 404


def test_only_author_can_edit_or_delete(client, auth_header):
    alice = auth_header("alice")
    bob = auth_header("bob")
    post = make_post(client, alice)
    assert client.patch(f"/posts/{post['id']}", json={"title": "pwned"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    r = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"


def test_delete(client, auth_header):
    h = auth_header("alice")
    post = make_post(client, h)
    assert client.delete(f"/posts/{post['id']}", headers=h).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_pagination(client, auth_header):
    h = auth_header("alice")
    for i in range(5):
        make_post(client, h, title=f"p{i}")
    r = client.get("/posts", params={"limit": 2, "offset": 1})
    assert r.status_code == 200
    assert [p["title"] for p in r.json()] == ["p3", "p2"]
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 1000}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422


def test_comments(client, auth_header):
    alice = auth_header("alice")
    bob = auth_header("bob")
    post = make_post(client, alice)
    r = client.post(f"/posts/{post['id']}/comments", json={"content": "nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob"
    r = client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert len(r.json()) == 1


def test_comment_on_missing_post(client, auth_header):
    h = auth_header("alice")
    r = client.post("/posts/999/comments", json={"content": "hi"}, headers=h)
    assert r.status_code == 404


def test_comment_requires_auth(client, auth_header):
    post = make_post(client, auth_header("alice"))
    r = client.post(f"/posts/{post['id']}/comments", json={"content": "hi"})
    assert r.status_code == 401
