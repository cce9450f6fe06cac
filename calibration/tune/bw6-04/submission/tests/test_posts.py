import sqlite3

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Headers


def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


def test_create(client: TestClient, alice: Headers) -> None:
    r = client.post("/posts", json={"title": "  t  ", "content": "c"}, headers=alice)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] >= 1
    assert body["title"] == "t"
    assert body["author"] == "alice"
    assert body["comment_count"] == 0


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({}, id="empty"),
        pytest.param({"title": "t"}, id="no-content"),
        pytest.param({"content": "c"}, id="no-title"),
        pytest.param({"title": "", "content": "c"}, id="empty-title"),
        pytest.param({"title": "   ", "content": "c"}, id="blank-title"),
        pytest.param({"title": "x" * 201, "content": "c"}, id="long-title"),
        pytest.param({"title": ["t"], "content": "c"}, id="wrong-type"),
        pytest.param({"title": "t", "content": "c", "author_id": 2}, id="unknown-field"),
    ],
)
def test_create_invalid(client: TestClient, alice: Headers, body: dict[str, object], db_path: str) -> None:
    assert client.post("/posts", json=body, headers=alice).status_code == 422
    conn = sqlite3.connect(db_path)
    (n,) = conn.execute("SELECT COUNT(*) FROM posts").fetchone()
    conn.close()
    assert n == 0


def test_get(client: TestClient, post_id: int) -> None:
    r = client.get(f"/posts/{post_id}")
    assert r.status_code == 200
    assert r.json()["title"] == "first"


@pytest.mark.parametrize(("path", "code"), [("/posts/999", 404), ("/posts/0", 422), ("/posts/x", 422)])
def test_get_missing_or_bad_id(client: TestClient, path: str, code: int) -> None:
    assert client.get(path).status_code == code


def test_patch_by_author(client: TestClient, alice: Headers, post_id: int) -> None:
    r = client.patch(f"/posts/{post_id}", json={"title": "edited"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "edited"
    assert r.json()["content"] == "hello"


def test_patch_null_leaves_field(client: TestClient, alice: Headers, post_id: int) -> None:
    r = client.patch(f"/posts/{post_id}", json={"title": None}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "first"


@pytest.mark.parametrize(
    ("who", "code"),
    [("bob", 403), ("anonymous", 401)],
)
def test_patch_forbidden(client: TestClient, bob: Headers, post_id: int, who: str, code: int) -> None:
    headers = bob if who == "bob" else {}
    assert client.patch(f"/posts/{post_id}", json={"title": "x"}, headers=headers).status_code == code
    assert client.get(f"/posts/{post_id}").json()["title"] == "first"


def test_patch_missing(client: TestClient, alice: Headers) -> None:
    assert client.patch("/posts/999", json={"title": "x"}, headers=alice).status_code == 404


def test_patch_invalid(client: TestClient, alice: Headers, post_id: int) -> None:
    assert client.patch(f"/posts/{post_id}", json={"title": ""}, headers=alice).status_code == 422


def test_delete_by_other_user(client: TestClient, bob: Headers, post_id: int) -> None:
    assert client.delete(f"/posts/{post_id}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post_id}").status_code == 200


def test_delete(client: TestClient, alice: Headers, bob: Headers, post_id: int) -> None:
    client.post(f"/posts/{post_id}/comments", json={"body": "hi"}, headers=bob)
    r = client.delete(f"/posts/{post_id}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{post_id}").status_code == 404
    assert client.get(f"/posts/{post_id}/comments").status_code == 404
    assert client.delete(f"/posts/{post_id}", headers=alice).status_code == 404


def test_list_paging_and_sort(client: TestClient, alice: Headers) -> None:
    for title in ["b", "c", "a"]:
        client.post("/posts", json={"title": title, "content": "x"}, headers=alice)

    r = client.get("/posts", params={"limit": 2})
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 3
    assert [p["title"] for p in page["items"]] == ["a", "c"]

    r = client.get("/posts", params={"limit": 2, "offset": 2})
    assert [p["title"] for p in r.json()["items"]] == ["b"]

    r = client.get("/posts", params={"sort": "title"})
    assert [p["title"] for p in r.json()["items"]] == ["a", "b", "c"]

    r = client.get("/posts", params={"sort": "old"})
    assert [p["title"] for p in r.json()["items"]] == ["b", "c", "a"]


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"offset": -1},
        {"limit": "ten"},
        {"sort": "title; DROP TABLE posts"},
    ],
)
def test_list_bad_params(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/posts", params=params).status_code == 422
