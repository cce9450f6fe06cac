import pytest


def make_post(client, headers, title="Hello", content="World"):
    r = client.post("/posts", json={"title": title, "content": content}, headers=headers)
    assert r.status_code == 201
    return r.json()


def test_create_and_read(client, new_user):
    name, h = new_user()
    post = make_post(client, h)
    assert post["author"] == name
    r = client.get(f"/posts/{post['id']}")  # no token needed to read
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


def test_write_needs_login(client):
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


@pytest.mark.parametrize("body", [{}, {"title": "no content"}, {"title": "", "content": "x"}, {"title": ["a"], "content": "x"}])
def test_create_invalid(client, new_user, body):
    _, h = new_user()
    assert client.post("/posts", json=body, headers=h).status_code == 422


def test_missing_post(client, new_user):
    _, h = new_user()
    assert client.get("/posts/987654").status_code == 404
    assert client.patch("/posts/987654", json={"title": "x"}, headers=h).status_code == 404
    assert client.delete("/posts/987654", headers=h).status_code == 404


def test_edit_and_delete_own_post(client, new_user):
    _, h = new_user()
    post = make_post(client, h)
    r = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=h)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"
    assert r.json()["updated_at"] is not None
    assert client.delete(f"/posts/{post['id']}", headers=h).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_cannot_touch_others_posts(client, new_user):
    _, alice = new_user()
    _, bob = new_user()
    post = make_post(client, alice)
    assert client.patch(f"/posts/{post['id']}", json={"title": "mine now"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_list_pagination(client, new_user):
    _, h = new_user()
    for i in range(3):
        make_post(client, h, title=f"post {i}")
    r = client.get("/posts?limit=2")
    assert r.status_code == 200
    assert len(r.json()["items"]) == 2
    assert client.get("/posts?limit=0").status_code == 422
    assert client.get("/posts?limit=1000").status_code == 422
    assert client.get("/posts?offset=-5").status_code == 422


def test_comments(client, new_user):
    _, alice = new_user()
    bob_name, bob = new_user()
    post = make_post(client, alice)
    r = client.post(f"/posts/{post['id']}/comments", json={"content": "nice one"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == bob_name
    r = client.get(f"/posts/{post['id']}/comments")
    assert r.status_code == 200
    assert [c["content"] for c in r.json()["items"]] == ["nice one"]


def test_comment_errors(client, new_user):
    _, h = new_user()
    post = make_post(client, h)
    assert client.post(f"/posts/{post['id']}/comments", json={"content": "x"}).status_code == 401
    assert client.post("/posts/987654/comments", json={"content": "x"}, headers=h).status_code == 404
    assert client.post(f"/posts/{post['id']}/comments", json={"content": ""}, headers=h).status_code == 422
    assert client.post(f"/posts/{post['id']}/comments", json={"text": "x"}, headers=h).status_code == 422
    assert client.get("/posts/987654/comments").status_code == 404


def test_delete_post_removes_comments(client, new_user):
    _, h = new_user()
    post = make_post(client, h)
    client.post(f"/posts/{post['id']}/comments", json={"content": "bye"}, headers=h)
    assert client.delete(f"/posts/{post['id']}", headers=h).status_code == 204
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
