import pytest
from fastapi.testclient import TestClient


# ------------------------------------------------------------------ create


def test_create_post(client: TestClient, author) -> None:
    r = client.post(
        "/posts", json={"title": "My title", "content": "My content"}, headers=author["headers"]
    )
    assert r.status_code == 201
    body = r.json()
    assert body["id"] > 0
    assert body["title"] == "My title"
    assert body["author"] == "author"
    assert body["comment_count"] == 0


def test_create_post_requires_login(client: TestClient) -> None:
    r = client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": "only title"},
        {"content": "only content"},
        {"title": "x" * 201, "content": "c"},
        {"title": 1, "content": "c"},
        {"title": "t", "content": None},
    ],
    ids=["empty", "no-content", "no-title", "title-too-long", "title-int", "content-null"],
)
def test_create_post_validation(client: TestClient, author, body: dict) -> None:
    r = client.post("/posts", json=body, headers=author["headers"])
    assert r.status_code == 422


# ------------------------------------------------------------------ read


def test_get_post_public(client: TestClient, post) -> None:
    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "First post"


def test_get_post_404(client: TestClient) -> None:
    r = client.get("/posts/12345")
    assert r.status_code == 404


def test_get_post_bad_id(client: TestClient) -> None:
    r = client.get("/posts/abc")
    assert r.status_code == 422


def test_list_posts_public_and_newest_first(client: TestClient, make_post, author) -> None:
    first = make_post(author=author, title="one")
    second = make_post(author=author, title="two")
    r = client.get("/posts")
    assert r.status_code == 200
    ids = [p["id"] for p in r.json()]
    assert ids == [second["id"], first["id"]]


def test_list_posts_has_comment_count(client: TestClient, post, make_comment) -> None:
    make_comment(post["id"])
    make_comment(post["id"])
    r = client.get("/posts")
    assert r.json()[0]["comment_count"] == 2


@pytest.mark.parametrize(
    "limit,offset,expected",
    [(10, 0, 10), (5, 0, 5), (5, 10, 2), (100, 0, 12), (10, 50, 0)],
)
def test_list_posts_pagination(
    client: TestClient, make_post, author, limit: int, offset: int, expected: int
) -> None:
    for i in range(12):
        make_post(author=author, title=f"post {i}")
    r = client.get("/posts", params={"limit": limit, "offset": offset})
    assert r.status_code == 200
    assert len(r.json()) == expected


def test_list_posts_default_limit(client: TestClient, make_post, author) -> None:
    for i in range(15):
        make_post(author=author, title=f"post {i}")
    assert len(client.get("/posts").json()) == 10


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "lots"}],
)
def test_list_posts_bad_pagination(client: TestClient, params: dict) -> None:
    r = client.get("/posts", params=params)
    assert r.status_code == 422


# ------------------------------------------------------------------ update


def test_update_own_post(client: TestClient, post, author) -> None:
    r = client.put(f"/posts/{post['id']}", json={"title": "Edited"}, headers=author["headers"])
    assert r.status_code == 200
    assert r.json()["title"] == "Edited"
    assert r.json()["content"] == "Some content"
    assert r.json()["updated_at"] is not None


def test_update_other_users_post_forbidden(client: TestClient, post, stranger) -> None:
    r = client.put(f"/posts/{post['id']}", json={"title": "Hacked"}, headers=stranger["headers"])
    assert r.status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "First post"


def test_update_requires_login(client: TestClient, post) -> None:
    r = client.put(f"/posts/{post['id']}", json={"title": "x"})
    assert r.status_code == 401


def test_update_missing_post(client: TestClient, author) -> None:
    r = client.put("/posts/999", json={"title": "x"}, headers=author["headers"])
    assert r.status_code == 404


@pytest.mark.parametrize("body", [{"title": "x" * 201}, {"content": 5}, {"title": ["a"]}])
def test_update_validation(client: TestClient, post, author, body: dict) -> None:
    r = client.put(f"/posts/{post['id']}", json=body, headers=author["headers"])
    assert r.status_code == 422


# ------------------------------------------------------------------ delete


def test_delete_own_post(client: TestClient, post, author) -> None:
    r = client.delete(f"/posts/{post['id']}", headers=author["headers"])
    assert r.status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_delete_other_users_post_forbidden(client: TestClient, post, stranger) -> None:
    r = client.delete(f"/posts/{post['id']}", headers=stranger["headers"])
    assert r.status_code == 403
    assert client.get(f"/posts/{post['id']}").status_code == 200


def test_delete_requires_login(client: TestClient, post) -> None:
    assert client.delete(f"/posts/{post['id']}").status_code == 401


def test_delete_missing_post(client: TestClient, author) -> None:
    assert client.delete("/posts/999", headers=author["headers"]).status_code == 404


def test_delete_post_removes_comments(client: TestClient, post, author, make_comment) -> None:
    make_comment(post["id"])
    client.delete(f"/posts/{post['id']}", headers=author["headers"])
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
