from .conftest import signup


def test_comment_flow(client):
    alice = signup(client, "alice")
    bob = signup(client, "bob")
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()

    r = client.post(f"/posts/{post['id']}/comments", json={"body": "nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob"
    assert r.json()["post_id"] == post["id"]

    r = client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert [c["body"] for c in r.json()] == ["nice"]


def test_comment_requires_auth(client):
    alice = signup(client, "alice")
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    r = client.post(f"/posts/{post['id']}/comments", json={"body": "hi"})
    assert r.status_code == 401


def test_comment_on_missing_post_is_404(client):
    alice = signup(client, "alice")
    r = client.post("/posts/12345/comments", json={"body": "hi"}, headers=alice)
    assert r.status_code == 404
    assert client.get("/posts/12345/comments").status_code == 404


def test_empty_comment_rejected(client):
    alice = signup(client, "alice")
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    r = client.post(f"/posts/{post['id']}/comments", json={"body": ""}, headers=alice)
    assert r.status_code == 422


def test_deleting_post_removes_comments(client):
    alice = signup(client, "alice")
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    client.post(f"/posts/{post['id']}/comments", json={"body": "hi"}, headers=alice)
    assert client.delete(f"/posts/{post['id']}", headers=alice).status_code == 204
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
