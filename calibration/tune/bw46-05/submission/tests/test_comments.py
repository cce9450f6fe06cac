def test_add_and_list_comments(client, bob, alice_post):
    url = f"/posts/{alice_post['id']}/comments"
    resp = client.post(url, json={"content": "Nice!"}, headers=bob)
    assert resp.status_code == 201
    assert resp.json()["author"]["username"] == "bob"

    resp = client.get(url)
    assert resp.status_code == 200
    assert [c["content"] for c in resp.json()] == ["Nice!"]


def test_comment_requires_auth(client, alice_post):
    resp = client.post(f"/posts/{alice_post['id']}/comments", json={"content": "anon"})
    assert resp.status_code == 401


def test_comment_on_missing_post(client, bob):
    resp = client.post("/posts/9999/comments", json={"content": "hello"}, headers=bob)
    assert resp.status_code == 404


def test_list_comments_missing_post(client):
    assert client.get("/posts/9999/comments").status_code == 404


def test_comment_validation(client, bob, alice_post):
    url = f"/posts/{alice_post['id']}/comments"
    assert client.post(url, json={"content": ""}, headers=bob).status_code == 422
    assert client.post(url, json={}, headers=bob).status_code == 422


def test_comments_deleted_with_post(client, alice, bob, alice_post):
    url = f"/posts/{alice_post['id']}/comments"
    client.post(url, json={"content": "Nice!"}, headers=bob)
    assert client.delete(f"/posts/{alice_post['id']}", headers=alice).status_code == 204
    assert client.get(url).status_code == 404


def test_comment_pagination(client, bob, alice_post):
    url = f"/posts/{alice_post['id']}/comments"
    for i in range(3):
        client.post(url, json={"content": f"c{i}"}, headers=bob)
    resp = client.get(url, params={"limit": 2, "offset": 1})
    assert [c["content"] for c in resp.json()] == ["c1", "c2"]
    assert client.get(url, params={"limit": 0}).status_code == 422
