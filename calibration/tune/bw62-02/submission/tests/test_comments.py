def test_comment_flow(client, alice, bob):
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()

    r = client.post(f"/posts/{post['id']}/comments", json={"body": "nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob"

    r = client.get(f"/posts/{post['id']}/comments")  # anonymous read
    assert r.status_code == 200
    assert r.json()["total"] == 1
    assert r.json()["items"][0]["body"] == "nice"


def test_comment_on_missing_post_is_404(client, alice):
    r = client.post("/posts/424242/comments", json={"body": "hello?"}, headers=alice)
    assert r.status_code == 404


def test_comments_of_missing_post_is_404(client):
    assert client.get("/posts/424242/comments").status_code == 404


def test_comment_requires_token(client, alice):
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    assert client.post(f"/posts/{post['id']}/comments", json={"body": "x"}).status_code == 401


def test_empty_comment_is_422(client, alice):
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    r = client.post(f"/posts/{post['id']}/comments", json={"body": ""}, headers=alice)
    assert r.status_code == 422


def test_deleting_post_removes_comments(client, alice):
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()
    client.post(f"/posts/{post['id']}/comments", json={"body": "x"}, headers=alice)
    assert client.delete(f"/posts/{post['id']}", headers=alice).status_code == 204
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
