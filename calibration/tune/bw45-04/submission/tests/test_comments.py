def test_create_comment(authorized_client, test_posts):
    post_id = test_posts[0].id
    res = authorized_client.post(f"/posts/{post_id}/comments/", json={"content": "nice post"})
    assert res.status_code == 201
    assert res.json()["content"] == "nice post"
    assert res.json()["post_id"] == post_id


def test_create_comment_post_not_exist(authorized_client, test_posts):
    res = authorized_client.post("/posts/99999/comments/", json={"content": "hello?"})
    assert res.status_code == 404


def test_get_comments(authorized_client, test_posts):
    post_id = test_posts[0].id
    authorized_client.post(f"/posts/{post_id}/comments/", json={"content": "one"})
    authorized_client.post(f"/posts/{post_id}/comments/", json={"content": "two"})
    res = authorized_client.get(f"/posts/{post_id}/comments/")
    assert res.status_code == 200
    assert [c["content"] for c in res.json()] == ["one", "two"]


def test_update_comment(authorized_client, test_posts):
    post_id = test_posts[0].id
    created = authorized_client.post(f"/posts/{post_id}/comments/", json={"content": "typo"})
    res = authorized_client.put(f"/posts/{post_id}/comments/{created.json()['id']}", json={"content": "fixed"})
    assert res.status_code == 200
    assert res.json()["content"] == "fixed"


def test_delete_comment(authorized_client, test_posts):
    post_id = test_posts[0].id
    created = authorized_client.post(f"/posts/{post_id}/comments/", json={"content": "bye"})
    res = authorized_client.delete(f"/posts/{post_id}/comments/{created.json()['id']}")
    assert res.status_code == 204
