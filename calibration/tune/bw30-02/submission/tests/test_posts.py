def _post(client, headers, title="hello", content="world"):
    r = client.post("/posts", json={"title": title, "content": content}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_create_and_read_post(client, alice):
    p = _post(client, alice)
    assert p["author"] == "alice"
    r = client.get(f"/posts/{p['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "hello"


def test_create_requires_auth(client):
    r = client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_create_validation(client, alice):
    for payload in [{"content": "c"}, {"title": "", "content": "c"}, {"title": "t" * 201, "content": "c"},
                    {"title": ["x"], "content": "c"}, {"title": "a\x00b", "content": "c"}]:
        assert client.post("/posts", json=payload, headers=alice).status_code == 422, payload


def test_sqli_payloads_are_stored_as_text(client, alice):
    evil = "x'); DROP TABLE posts; --"
    p = _post(client, alice, title=evil)
    assert client.get(f"/posts/{p['id']}").json()["title"] == evil
    assert client.get("/posts").status_code == 200


def test_weird_ids_are_404_not_500(client):
    for raw in ["0", "999999", "1%20OR%201=1", "-1", "abc", "9" * 40, "..%2f..%2fetc%2fpasswd"]:
        assert client.get(f"/posts/{raw}").status_code == 404, raw


def test_only_author_can_edit_or_delete(client, alice, bob):
    p = _post(client, alice)
    r = client.put(f"/posts/{p['id']}", json={"title": "pwned"}, headers=bob)
    assert r.status_code == 403
    r = client.delete(f"/posts/{p['id']}", headers=bob)
    assert r.status_code == 403
    assert client.get(f"/posts/{p['id']}").json()["title"] == "hello"


def test_update_rejects_mass_assignment(client, alice, bob):
    p = _post(client, alice)
    r = client.put(f"/posts/{p['id']}", json={"title": "ok", "author_id": 2}, headers=alice)
    assert r.status_code == 422
    r = client.put(f"/posts/{p['id']}", json={"title": "new", "content": "body"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "new"
    assert r.json()["author"] == "alice"


def test_update_and_delete_missing(client, alice):
    assert client.put("/posts/42", json={"title": "x"}, headers=alice).status_code == 404
    assert client.delete("/posts/42", headers=alice).status_code == 404


def test_delete(client, alice):
    p = _post(client, alice)
    r = client.delete(f"/posts/{p['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{p['id']}").status_code == 404


def test_pagination_bounds(client, alice):
    for i in range(5):
        _post(client, alice, title=f"p{i}")
    r = client.get("/posts?limit=2&offset=1")
    assert r.status_code == 200
    assert len(r.json()["items"]) == 2
    assert r.json()["total"] == 5
    for q in ["limit=0", "limit=101", "limit=-1", "offset=-5", "limit=abc", "limit=1e3"]:
        assert client.get(f"/posts?{q}").status_code == 422, q


def test_comments(client, alice, bob):
    p = _post(client, alice)
    r = client.post(f"/posts/{p['id']}/comments", json={"content": "nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob"
    r = client.get(f"/posts/{p['id']}/comments")
    assert r.status_code == 200
    assert [c["content"] for c in r.json()["items"]] == ["nice"]


def test_comment_errors(client, alice):
    assert client.post("/posts/1/comments", json={"content": "x"}).status_code == 401
    assert client.post("/posts/777/comments", json={"content": "x"}, headers=alice).status_code == 404
    assert client.get("/posts/777/comments").status_code == 404
    p = _post(client, alice)
    assert client.post(f"/posts/{p['id']}/comments", json={"content": "   "}, headers=alice).status_code == 422


def test_oversized_body_rejected(client, alice):
    r = client.post("/posts", json={"title": "t", "content": "a" * 70_000}, headers=alice)
    assert r.status_code == 413
