import pytest


@pytest.fixture()
def post_id(client, alice):
    return client.post("/api/posts/", json={"title": "Hello", "content": "World"}, headers=alice).json()["id"]


def test_comment_and_list(client, bob, post_id):
    r = client.post(f"/api/posts/{post_id}/comments/", json={"body": "Nice post"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"]["username"] == "bob"

    r = client.get(f"/api/posts/{post_id}/comments/")
    assert r.status_code == 200
    assert r.json()["count"] == 1
    assert r.json()["results"][0]["body"] == "Nice post"


def test_comment_requires_auth(client, post_id):
    assert client.post(f"/api/posts/{post_id}/comments/", json={"body": "hi"}).status_code == 401


def test_comment_on_missing_post(client, bob):
    assert client.post("/api/posts/404/comments/", json={"body": "hi"}, headers=bob).status_code == 404
    assert client.get("/api/posts/404/comments/").status_code == 404


@pytest.mark.parametrize("payload", [{}, {"body": ""}, {"body": "  "}, {"body": None}])
def test_comment_validation(client, bob, post_id, payload):
    assert client.post(f"/api/posts/{post_id}/comments/", json=payload, headers=bob).status_code == 422


def test_comments_deleted_with_post(client, alice, bob, post_id):
    client.post(f"/api/posts/{post_id}/comments/", json={"body": "hi"}, headers=bob)
    client.delete(f"/api/posts/{post_id}/", headers=alice)
    assert client.get(f"/api/posts/{post_id}/comments/").status_code == 404
