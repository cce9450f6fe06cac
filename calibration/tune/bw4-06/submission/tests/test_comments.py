import pytest


def test_comment(client, bob, post):
    r = client.post(f"/posts/{post['id']}/comments", json={"content": "Nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob"
    assert client.get(f"/posts/{post['id']}").json()["comment_count"] == 1


def test_comment_missing_post(client, bob):
    assert client.post("/posts/999/comments", json={"content": "x"}, headers=bob).status_code == 404


def test_comment_needs_auth(client, post):
    assert client.post(f"/posts/{post['id']}/comments", json={"content": "x"}).status_code == 401


@pytest.mark.parametrize("body", [{}, {"content": ""}, {"content": "x" * 2001}])
def test_comment_invalid(client, bob, post, body):
    assert client.post(f"/posts/{post['id']}/comments", json=body, headers=bob).status_code == 422


def test_list_comments(client, alice, bob, post):
    client.post(f"/posts/{post['id']}/comments", json={"content": "one"}, headers=bob)
    client.post(f"/posts/{post['id']}/comments", json={"content": "two"}, headers=alice)
    r = client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert [(c["author"], c["content"]) for c in r.json()] == [("bob", "one"), ("alice", "two")]
    assert len(client.get(f"/posts/{post['id']}/comments", params={"limit": 1}).json()) == 1


def test_list_comments_missing_post(client):
    assert client.get("/posts/999/comments").status_code == 404
