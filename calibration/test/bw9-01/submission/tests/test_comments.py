import pytest


def test_comment_on_post(client, alice, bob, make_post):
    post = make_post(alice)
    r = client.post(f"/posts/{post['id']}/comments", json={"body": "Great post"}, headers=bob)
    assert r.status_code == 201
    body = r.json()
    assert body["post_id"] == post["id"]
    assert body["author"]["username"] == "bob"

    r = client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert [c["body"] for c in r.json()] == ["Great post"]

    # and the post page renders it nested
    detail = client.get(f"/posts/{post['id']}").json()
    assert detail["comments"][0]["author"]["username"] == "bob"


def test_comment_requires_auth(client, alice, make_post):
    post = make_post(alice)
    r = client.post(f"/posts/{post['id']}/comments", json={"body": "hi"})
    assert r.status_code == 401


def test_comment_on_missing_post_is_404(client, alice):
    r = client.post("/posts/999/comments", json={"body": "hi"}, headers=alice)
    assert r.status_code == 404


def test_list_comments_on_missing_post_is_404(client):
    assert client.get("/posts/999/comments").status_code == 404


@pytest.mark.parametrize("payload", [{}, {"body": ""}, {"body": "x" * 2001}, {"body": 5}])
def test_comment_validation(client, alice, make_post, payload):
    post = make_post(alice)
    r = client.post(f"/posts/{post['id']}/comments", json=payload, headers=alice)
    assert r.status_code == 422


def test_comment_pagination(client, alice, make_post):
    post = make_post(alice)
    for i in range(3):
        client.post(f"/posts/{post['id']}/comments", json={"body": f"c{i}"}, headers=alice)

    r = client.get(f"/posts/{post['id']}/comments", params={"limit": 2, "offset": 1})
    assert [c["body"] for c in r.json()] == ["c1", "c2"]
    assert client.get(f"/posts/{post['id']}/comments", params={"limit": 500}).status_code == 422
