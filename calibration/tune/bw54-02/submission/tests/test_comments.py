def test_comment_on_post(client, login, make_post):
    alice = login("alice")
    post = make_post(alice)
    bob = login("bob")

    resp = client.post(f"/posts/{post['id']}/comments", json={"body": "Nice!"}, headers=bob)
    assert resp.status_code == 201
    assert resp.json()["author"]["username"] == "bob"
    assert resp.json()["post_id"] == post["id"]

    listing = client.get(f"/posts/{post['id']}/comments")
    assert listing.status_code == 200
    assert listing.json()["total"] == 1
    assert listing.json()["items"][0]["body"] == "Nice!"

    assert client.get(f"/posts/{post['id']}").json()["comment_count"] == 1


def test_comment_on_missing_post(client, login):
    resp = client.post("/posts/999/comments", json={"body": "Hello?"}, headers=login())
    assert resp.status_code == 404


def test_comment_requires_auth(client, login, make_post):
    post = make_post(login())
    resp = client.post(f"/posts/{post['id']}/comments", json={"body": "anon"})
    assert resp.status_code == 401


def test_comment_validation(client, login, make_post):
    headers = login()
    post = make_post(headers)
    assert client.post(f"/posts/{post['id']}/comments", json={"body": ""}, headers=headers).status_code == 422
    assert client.post(f"/posts/{post['id']}/comments", json={}, headers=headers).status_code == 422


def test_list_comments_of_missing_post(client):
    assert client.get("/posts/999/comments").status_code == 404


def test_list_comments_pagination_bounds(client, login, make_post):
    post = make_post(login())
    assert client.get(f"/posts/{post['id']}/comments", params={"limit": 500}).status_code == 422
