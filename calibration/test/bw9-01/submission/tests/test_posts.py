import pytest


def test_anyone_can_list_and_read_posts(client, alice, make_post):
    post = make_post(alice, title="First", content="Body")

    r = client.get("/posts")
    assert r.status_code == 200
    assert [p["title"] for p in r.json()] == ["First"]

    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    body = r.json()
    assert body["author"]["username"] == "alice"
    assert body["comments"] == []


def test_create_post_requires_auth(client):
    r = client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401


def test_create_post_returns_201_with_id(client, alice):
    r = client.post("/posts", json={"title": "Hi", "content": "There"}, headers=alice)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] > 0
    assert body["author"] == {"id": body["author"]["id"], "username": "alice"}


@pytest.mark.parametrize(
    "payload",
    [
        {"content": "no title"},
        {"title": "", "content": "empty title"},
        {"title": "x" * 201, "content": "too long"},
        {"title": "no content"},
        {"title": ["list"], "content": "wrong type"},
    ],
)
def test_create_post_validation(client, alice, payload):
    r = client.post("/posts", json=payload, headers=alice)
    assert r.status_code == 422
    assert client.get("/posts").json() == []


def test_missing_post_is_404(client):
    assert client.get("/posts/999").status_code == 404


def test_non_integer_id_is_422(client):
    assert client.get("/posts/abc").status_code == 422


def test_author_can_update(client, alice, make_post):
    post = make_post(alice)
    r = client.put(
        f"/posts/{post['id']}", json={"title": "New", "content": "Text"}, headers=alice
    )
    assert r.status_code == 200
    assert r.json()["title"] == "New"


def test_other_user_cannot_update_or_delete(client, alice, bob, make_post):
    post = make_post(alice)
    r = client.put(
        f"/posts/{post['id']}", json={"title": "Mine now", "content": "x"}, headers=bob
    )
    assert r.status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_update_and_delete_require_auth(client, alice, make_post):
    post = make_post(alice)
    assert client.put(f"/posts/{post['id']}", json={"title": "a", "content": "b"}).status_code == 401
    assert client.delete(f"/posts/{post['id']}").status_code == 401


def test_update_missing_post_is_404(client, alice):
    r = client.put("/posts/42", json={"title": "a", "content": "b"}, headers=alice)
    assert r.status_code == 404


def test_author_can_delete_and_comments_go_too(client, alice, bob, make_post):
    post = make_post(alice)
    client.post(f"/posts/{post['id']}/comments", json={"body": "nice"}, headers=bob)

    r = client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404


def test_pagination(client, alice, make_post):
    for i in range(5):
        make_post(alice, title=f"post {i}")

    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert [p["title"] for p in page] == ["post 3", "post 2"]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}]
)
def test_pagination_bounds(client, params):
    assert client.get("/posts", params=params).status_code == 422
