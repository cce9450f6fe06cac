from tests.factories import create_post, signed_in_user


def test_comment_lifecycle(client):
    _, author_headers = signed_in_user(client)
    commenter, commenter_headers = signed_in_user(client)
    post = create_post(client, author_headers)

    resp = client.post(f"/posts/{post['id']}/comments", json={"body": "Nice!"}, headers=commenter_headers)
    assert resp.status_code == 201
    comment = resp.json()
    assert comment["author"]["username"] == commenter["username"]
    assert comment["post_id"] == post["id"]

    listing = client.get(f"/posts/{post['id']}/comments")
    assert listing.status_code == 200
    assert [c["id"] for c in listing.json()] == [comment["id"]]
    assert client.get(f"/posts/{post['id']}").json()["comments_count"] == 1


def test_comment_requires_login(client):
    _, headers = signed_in_user(client)
    post = create_post(client, headers)
    assert client.post(f"/posts/{post['id']}/comments", json={"body": "hi"}).status_code == 401


def test_comment_on_missing_post_is_404(client):
    _, headers = signed_in_user(client)
    assert client.post("/posts/999/comments", json={"body": "hi"}, headers=headers).status_code == 404
    assert client.get("/posts/999/comments").status_code == 404


def test_comment_validates_body(client):
    _, headers = signed_in_user(client)
    post = create_post(client, headers)
    assert client.post(f"/posts/{post['id']}/comments", json={"body": ""}, headers=headers).status_code == 422
    assert client.post(f"/posts/{post['id']}/comments", json={}, headers=headers).status_code == 422


def test_comments_deleted_with_post(client):
    _, headers = signed_in_user(client)
    post = create_post(client, headers)
    client.post(f"/posts/{post['id']}/comments", json={"body": "bye"}, headers=headers)
    assert client.delete(f"/posts/{post['id']}", headers=headers).status_code == 204
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
