import pytest

from .conftest import signup


def make_post(client, headers, title="Hello", content="World"):
    r = client.post("/posts", json={"title": title, "content": content}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_post_lifecycle(client):
    alice = signup(client, "alice")
    post = make_post(client, alice)
    assert post["author"] == "alice"
    assert isinstance(post["id"], int)

    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json() == post

    r = client.put(f"/posts/{post['id']}", json={"title": "New", "content": "Body"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "New"

    r = client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404


@pytest.mark.parametrize("method", ["put", "delete"])
def test_only_author_may_modify(client, method):
    alice = signup(client, "alice")
    bob = signup(client, "bob")
    post = make_post(client, alice)
    kwargs = {"json": {"title": "x", "content": "y"}} if method == "put" else {}
    r = getattr(client, method)(f"/posts/{post['id']}", headers=bob, **kwargs)
    assert r.status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_missing_post_is_404(client, method):
    alice = signup(client, "alice")
    kwargs = {"json": {"title": "x", "content": "y"}} if method == "put" else {}
    r = getattr(client, method)("/posts/999", headers=alice, **kwargs)
    assert r.status_code == 404


@pytest.mark.parametrize(
    "payload",
    [
        {"title": "", "content": "c"},
        {"title": "t"},
        {"content": "c"},
        {"title": "t" * 201, "content": "c"},
        {"title": ["t"], "content": "c"},
    ],
)
def test_create_post_validation(client, payload):
    alice = signup(client, "alice")
    assert client.post("/posts", json=payload, headers=alice).status_code == 422
    assert client.get("/posts").json() == []


def test_list_pagination(client):
    alice = signup(client, "alice")
    ids = [make_post(client, alice, title=f"p{i}")["id"] for i in range(5)]
    r = client.get("/posts", params={"limit": 2, "offset": 1})
    assert r.status_code == 200
    assert [p["id"] for p in r.json()] == list(reversed(ids))[1:3]


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "abc"}],
)
def test_list_rejects_bad_paging(client, params):
    assert client.get("/posts", params=params).status_code == 422


def test_post_id_must_be_int(client):
    assert client.get("/posts/abc").status_code == 422
