from __future__ import annotations

from fastapi.testclient import TestClient

Headers = dict[str, str]


def test_publish_and_read(client: TestClient, alice: Headers) -> None:
    created = client.post("/posts", json={"title": "Hello", "body": "First!"}, headers=alice)
    assert created.status_code == 201
    post = created.json()
    assert post["author"] == "alice"
    assert client.get(f"/posts/{post['id']}").json() == post


def test_invalid_posts_are_422(client: TestClient, alice: Headers) -> None:
    for body in ({}, {"title": "", "body": "x"}, {"title": "x" * 201, "body": "x"},
                 {"title": "ok", "body": "ok", "author": "mallory"}):
        assert client.post("/posts", json=body, headers=alice).status_code == 422, body


def test_list_is_paginated_newest_first(client: TestClient, alice: Headers) -> None:
    for i in range(5):
        client.post("/posts", json={"title": f"post {i}", "body": "."}, headers=alice)
    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert [p["title"] for p in page["items"]] == ["post 3", "post 2"]
    assert page["total"] == 5


def test_paging_bounds_are_enforced(client: TestClient) -> None:
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 101}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422


def test_only_the_author_edits_or_deletes(client: TestClient, alice: Headers, bob: Headers) -> None:
    post = client.post("/posts", json={"title": "Mine", "body": "."}, headers=alice).json()
    url = f"/posts/{post['id']}"
    assert client.patch(url, json={"title": "Hacked"}, headers=bob).status_code == 403
    assert client.delete(url, headers=bob).status_code == 403
    edited = client.patch(url, json={"title": "Still mine"}, headers=alice)
    assert edited.status_code == 200
    assert edited.json()["title"] == "Still mine"
    assert edited.json()["body"] == "."
    assert client.delete(url, headers=alice).status_code == 204
    assert client.get(url).status_code == 404


def test_unknown_and_malformed_ids(client: TestClient, alice: Headers) -> None:
    assert client.get("/posts/999").status_code == 404
    assert client.patch("/posts/999", json={"title": "x"}, headers=alice).status_code == 404
    assert client.delete("/posts/999", headers=alice).status_code == 404
    assert client.get("/posts/abc").status_code == 422


def test_unencodable_text_is_422_not_500(client: TestClient, alice: Headers) -> None:
    body = '{"title": "\\ud800", "body": "x"}'
    headers = {**alice, "content-type": "application/json"}
    assert client.post("/posts", content=body, headers=headers).status_code == 422
