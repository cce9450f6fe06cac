from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

MakeUser = Callable[[str], dict[str, str]]


def _post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    r = client.post("/posts", json={"title": title, "content": "body"}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


def test_create_and_read(client: TestClient, make_user: MakeUser) -> None:
    post = _post(client, make_user("alice"))
    assert post["author"] == "alice" and post["comment_count"] == 0
    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200 and r.json()["title"] == "Hello"


@pytest.mark.parametrize("payload", [{"title": "", "content": "c"}, {"content": "c"}, {"title": 1, "content": []}])
def test_create_validation(client: TestClient, make_user: MakeUser, payload: dict) -> None:
    assert client.post("/posts", json=payload, headers=make_user("alice")).status_code == 422


def test_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404


def test_list_pagination(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user("alice")
    for i in range(5):
        _post(client, headers, f"p{i}")
    r = client.get("/posts", params={"limit": 2, "offset": 1})
    assert [p["title"] for p in r.json()] == ["p3", "p2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}])
def test_list_rejects_bad_paging(client: TestClient, params: dict) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_only_author_can_edit_or_delete(client: TestClient, make_user: MakeUser) -> None:
    alice, bob = make_user("alice"), make_user("bob")
    post = _post(client, alice)
    assert client.patch(f"/posts/{post['id']}", json={"title": "x"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    r = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
    assert r.status_code == 200 and r.json()["title"] == "Edited"
    assert client.delete(f"/posts/{post['id']}", headers=alice).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404
