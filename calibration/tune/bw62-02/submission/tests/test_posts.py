import pytest


def make_post(client, headers, title="Hello", content="First post"):
    r = client.post("/posts", json={"title": title, "content": content}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_create_and_read_post(client, alice):
    post = make_post(client, alice)
    assert post["id"] > 0
    assert post["author"] == "alice"

    r = client.get(f"/posts/{post['id']}")  # reading needs no token
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


def test_create_post_requires_token(client):
    r = client.post("/posts", json={"title": "x", "content": "y"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [{"content": "no title"}, {"title": "", "content": "y"}, {"title": 5, "content": "y"}, {}],
)
def test_create_post_validation(client, alice, payload):
    assert client.post("/posts", json=payload, headers=alice).status_code == 422
    assert client.get("/posts").json()["total"] == 0


def test_missing_post_is_404(client):
    assert client.get("/posts/9999").status_code == 404


def test_list_pagination(client, alice):
    for i in range(3):
        make_post(client, alice, title=f"post {i}")
    r = client.get("/posts", params={"limit": 2, "offset": 0})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 3
    assert [p["title"] for p in body["items"]] == ["post 2", "post 1"]

    body = client.get("/posts", params={"limit": 2, "offset": 2}).json()
    assert [p["title"] for p in body["items"]] == ["post 0"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "abc"}])
def test_list_rejects_bad_paging(client, params):
    assert client.get("/posts", params=params).status_code == 422


def test_author_can_edit(client, alice):
    post = make_post(client, alice)
    r = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"
    assert r.json()["content"] == "First post"
    assert r.json()["updated_at"] is not None


def test_other_user_cannot_edit_or_delete(client, alice, bob):
    post = make_post(client, alice)
    r = client.patch(f"/posts/{post['id']}", json={"title": "mine now"}, headers=bob)
    assert r.status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_edit_missing_post_is_404(client, alice):
    assert client.patch("/posts/123", json={"title": "x"}, headers=alice).status_code == 404


def test_delete_post(client, alice):
    post = make_post(client, alice)
    r = client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404
