import pytest


def make_post(client, headers, title="Hello"):
    r = client.post("/posts", json={"title": title, "content": "Body"}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_create_and_read_post(client, alice):
    post = make_post(client, alice)
    assert post["author"] == "alice"
    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


def test_sql_metacharacters_are_stored_literally(client, alice):
    title = "x'); DELETE FROM posts; --"
    post = make_post(client, alice, title)
    assert client.get(f"/posts/{post['id']}").json()["title"] == title


def test_list_is_paginated(client, alice):
    for i in range(5):
        make_post(client, alice, f"p{i}")
    r = client.get("/posts", params={"limit": 2, "offset": 1})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 5
    assert [p["title"] for p in body["items"]] == ["p3", "p2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "abc"}])
def test_list_rejects_bad_pagination(client, params):
    assert client.get("/posts", params=params).status_code == 422


def test_missing_post_is_404(client):
    assert client.get("/posts/12345").status_code == 404


@pytest.mark.parametrize("post_id", ["0", "-1", "99999999999999999999999"])
def test_out_of_range_ids_are_rejected(client, post_id):
    assert client.get(f"/posts/{post_id}").status_code == 422


def test_only_author_can_edit(client, alice, mallory):
    post = make_post(client, alice)
    r = client.patch(f"/posts/{post['id']}", json={"title": "pwned"}, headers=mallory)
    assert r.status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_only_author_can_delete(client, alice, mallory):
    post = make_post(client, alice)
    assert client.delete(f"/posts/{post['id']}", headers=mallory).status_code == 403
    assert client.get(f"/posts/{post['id']}").status_code == 200


def test_author_edits_and_deletes(client, alice):
    post = make_post(client, alice)
    r = client.patch(f"/posts/{post['id']}", json={"content": "new"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Hello" and r.json()["content"] == "new"
    assert client.delete(f"/posts/{post['id']}", headers=alice).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_cannot_smuggle_author_id(client, alice):
    r = client.post("/posts", json={"title": "t", "content": "c", "author_id": 2}, headers=alice)
    assert r.status_code == 422


def test_empty_title_rejected(client, alice):
    r = client.post("/posts", json={"title": "   ", "content": "c"}, headers=alice)
    assert r.status_code == 422
