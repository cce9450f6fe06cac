def test_add_and_list_comments(client, make_user):
    alice = make_user("alice")
    bob = make_user("bob")
    client.post("/posts", json={"title": "Hi", "content": "..."}, headers=alice)

    res = client.post("/posts/1/comments", json={"content": "Great post!"}, headers=bob)
    assert res.status_code == 201
    assert res.json()["author"] == "bob"

    res = client.get("/posts/1/comments")
    assert res.status_code == 200
    assert [c["content"] for c in res.json()] == ["Great post!"]


def test_comment_on_missing_post(client, make_user):
    headers = make_user()
    assert client.post("/posts/99/comments", json={"content": "hello"}, headers=headers).status_code == 404
    assert client.get("/posts/99/comments").status_code == 404


def test_comment_requires_login(client, make_user):
    headers = make_user()
    client.post("/posts", json={"title": "Hi", "content": "..."}, headers=headers)
    assert client.post("/posts/1/comments", json={"content": "anon"}).status_code == 401


def test_empty_comment(client, make_user):
    headers = make_user()
    client.post("/posts", json={"title": "Hi", "content": "..."}, headers=headers)
    assert client.post("/posts/1/comments", json={"content": ""}, headers=headers).status_code == 422
