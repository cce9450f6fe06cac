import pytest


def test_create_post(client, alice):
    resp = client.post("/posts", json={"title": "Hi", "content": "Body"}, headers=alice)
    assert resp.status_code == 201
    body = resp.json()
    assert body["id"] > 0
    assert body["author"]["username"] == "alice"


def test_create_post_requires_auth(client):
    resp = client.post("/posts", json={"title": "Hi", "content": "Body"})
    assert resp.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "no content"}, {"title": "", "content": "x"}, {"title": 1, "content": "x"}],
)
def test_create_post_validation(client, alice, payload):
    assert client.post("/posts", json=payload, headers=alice).status_code == 422


def test_read_post_is_public(client, alice_post):
    resp = client.get(f"/posts/{alice_post['id']}")
    assert resp.status_code == 200
    assert resp.json()["title"] == "Hello"


def test_read_missing_post(client):
    assert client.get("/posts/9999").status_code == 404


def test_read_post_bad_id(client):
    assert client.get("/posts/abc").status_code == 422


def test_list_posts_pagination(client, alice):
    for i in range(5):
        client.post("/posts", json={"title": f"Post {i}", "content": "x"}, headers=alice)
    resp = client.get("/posts", params={"limit": 2, "offset": 0, "sort_by": "title", "order": "asc"})
    assert resp.status_code == 200
    assert [p["title"] for p in resp.json()] == ["Post 0", "Post 1"]
    resp = client.get("/posts", params={"limit": 2, "offset": 4, "sort_by": "title", "order": "asc"})
    assert [p["title"] for p in resp.json()] == ["Post 4"]
    assert len(client.get("/posts").json()) == 5


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "many"}, {"sort_by": "password"}],
)
def test_list_posts_bad_params(client, params):
    assert client.get("/posts", params=params).status_code == 422


def test_update_own_post(client, alice, alice_post):
    resp = client.patch(f"/posts/{alice_post['id']}", json={"title": "Edited"}, headers=alice)
    assert resp.status_code == 200
    assert resp.json()["title"] == "Edited"
    assert resp.json()["content"] == "First post"


def test_update_null_title_is_ignored(client, alice, alice_post):
    resp = client.patch(f"/posts/{alice_post['id']}", json={"title": None}, headers=alice)
    assert resp.status_code == 200
    assert resp.json()["title"] == "Hello"


def test_update_validation(client, alice, alice_post):
    resp = client.patch(f"/posts/{alice_post['id']}", json={"title": ""}, headers=alice)
    assert resp.status_code == 422


def test_update_someone_elses_post(client, bob, alice_post):
    resp = client.patch(f"/posts/{alice_post['id']}", json={"title": "Mine now"}, headers=bob)
    assert resp.status_code == 403


def test_update_missing_post(client, alice):
    assert client.patch("/posts/9999", json={"title": "x"}, headers=alice).status_code == 404


def test_update_requires_auth(client, alice_post):
    assert client.patch(f"/posts/{alice_post['id']}", json={"title": "x"}).status_code == 401


def test_delete_someone_elses_post(client, bob, alice_post):
    assert client.delete(f"/posts/{alice_post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{alice_post['id']}").status_code == 200


def test_delete_own_post(client, alice, alice_post):
    resp = client.delete(f"/posts/{alice_post['id']}", headers=alice)
    assert resp.status_code == 204
    assert client.get(f"/posts/{alice_post['id']}").status_code == 404


def test_delete_missing_post(client, alice):
    assert client.delete("/posts/9999", headers=alice).status_code == 404
