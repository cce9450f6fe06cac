import pytest


def test_create_post(client, alice):
    r = client.post("/posts", json={"title": "T", "content": "C"}, headers=alice)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] > 0
    assert body["author"] == "alice"
    assert body["comment_count"] == 0


@pytest.mark.parametrize(
    "body", [{}, {"title": "T"}, {"content": "C"}, {"title": "", "content": "C"}, {"title": 1, "content": "C"}]
)
def test_create_post_invalid(client, alice, body):
    assert client.post("/posts", json=body, headers=alice).status_code == 422
    assert client.get("/posts").json()["total"] == 0


def test_read_post_public(client, post):
    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "First"


def test_read_missing_post(client):
    assert client.get("/posts/4242").status_code == 404


def test_list_posts_paginated(client, alice):
    for i in range(12):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=alice)
    page = client.get("/posts").json()
    assert page["total"] == 12
    assert len(page["items"]) == 10
    assert page["items"][0]["title"] == "p11"
    page2 = client.get("/posts", params={"offset": 10}).json()
    assert [p["title"] for p in page2["items"]] == ["p1", "p0"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1000}, {"offset": -5}])
def test_list_posts_bad_paging(client, params):
    assert client.get("/posts", params=params).status_code == 422


def test_author_edits(client, alice, post):
    r = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"
    assert r.json()["content"] == "Hello world"
    assert r.json()["updated_at"] is not None


@pytest.mark.parametrize(
    "body", [{"title": ""}, {"title": 5}, {"author_id": 2}, {"content": None}, {"title": "x" * 201}]
)
def test_edit_invalid(client, alice, post, body):
    assert client.patch(f"/posts/{post['id']}", json=body, headers=alice).status_code == 422


def test_non_author_cannot_edit(client, bob, post):
    r = client.patch(f"/posts/{post['id']}", json={"title": "pwned"}, headers=bob)
    assert r.status_code == 403


def test_edit_missing(client, alice):
    assert client.patch("/posts/999", json={"title": "x"}, headers=alice).status_code == 404


def test_non_author_cannot_delete(client, bob, post):
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403


def test_author_deletes(client, alice, post):
    r = client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_delete_needs_auth(client, post):
    assert client.delete(f"/posts/{post['id']}").status_code == 401
