import pytest


@pytest.fixture()
def post(client, alice):
    r = client.post("/api/posts/", json={"title": "Hello", "content": "World"}, headers=alice)
    assert r.status_code == 201, r.text
    return r.json()


def test_create_post(post):
    assert post["id"] == 1
    assert post["author"]["username"] == "alice"


def test_create_requires_auth(client):
    r = client.post("/api/posts/", json={"title": "t", "content": "c"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "t"}, {"title": "", "content": "c"}, {"title": "   ", "content": "c"}, {"title": "x" * 201, "content": "c"},
     {"title": 5, "content": "c"}],
)
def test_create_validation(client, alice, payload):
    assert client.post("/api/posts/", json=payload, headers=alice).status_code == 422


def test_anyone_can_read(client, post):
    assert client.get("/api/posts/1/").status_code == 200
    r = client.get("/api/posts/")
    assert r.status_code == 200
    assert r.json()["count"] == 1


def test_retrieve_missing(client):
    assert client.get("/api/posts/99/").status_code == 404
    assert client.get("/api/posts/abc/").status_code == 422


def test_author_can_update(client, alice, post):
    r = client.patch("/api/posts/1/", json={"title": "Changed"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Changed"
    assert r.json()["content"] == "World"


def test_other_user_cannot_update_or_delete(client, bob, post):
    assert client.patch("/api/posts/1/", json={"title": "x"}, headers=bob).status_code == 403
    assert client.delete("/api/posts/1/", headers=bob).status_code == 403
    assert client.get("/api/posts/1/").json()["title"] == "Hello"


def test_update_delete_require_auth(client, post):
    assert client.patch("/api/posts/1/", json={"title": "x"}).status_code == 401
    assert client.delete("/api/posts/1/").status_code == 401


def test_update_validation(client, alice, post):
    assert client.patch("/api/posts/1/", json={"title": ""}, headers=alice).status_code == 422


def test_update_delete_missing(client, alice):
    assert client.patch("/api/posts/5/", json={"title": "x"}, headers=alice).status_code == 404
    assert client.delete("/api/posts/5/", headers=alice).status_code == 404


def test_delete(client, alice, post):
    r = client.delete("/api/posts/1/", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get("/api/posts/1/").status_code == 404


def test_pagination(client, alice):
    for i in range(15):
        client.post("/api/posts/", json={"title": f"p{i}", "content": "c"}, headers=alice)
    r = client.get("/api/posts/")
    body = r.json()
    assert body["count"] == 15
    assert len(body["results"]) == 10
    assert body["previous"] is None
    assert "offset=10" in body["next"]

    body = client.get("/api/posts/?limit=10&offset=10").json()
    assert len(body["results"]) == 5
    assert body["next"] is None
    assert "offset=0" in body["previous"]


@pytest.mark.parametrize("qs", ["limit=0", "limit=101", "offset=-1", "limit=abc"])
def test_pagination_bounds(client, qs):
    assert client.get(f"/api/posts/?{qs}").status_code == 422
