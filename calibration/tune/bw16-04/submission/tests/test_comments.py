def test_comment_flow(client, alice, mallory):
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    r = client.post(f"/posts/{post['id']}/comments", json={"content": "first!"}, headers=mallory)
    assert r.status_code == 201
    assert r.json()["author"] == "mallory"
    r = client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert [c["content"] for c in r.json()] == ["first!"]


def test_comment_on_missing_post_is_404(client, alice):
    r = client.post("/posts/999/comments", json={"content": "hi"}, headers=alice)
    assert r.status_code == 404


def test_comment_requires_auth(client, alice):
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    assert client.post(f"/posts/{post['id']}/comments", json={"content": "hi"}).status_code == 401


def test_blank_comment_rejected(client, alice):
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    r = client.post(f"/posts/{post['id']}/comments", json={"content": " "}, headers=alice)
    assert r.status_code == 422


def test_comments_deleted_with_post(client, alice):
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    client.post(f"/posts/{post['id']}/comments", json={"content": "x"}, headers=alice)
    client.delete(f"/posts/{post['id']}", headers=alice)
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
