def test_create_post(authorized_client, test_user):
    res = authorized_client.post("/posts/", json={"title": "first post", "content": "hello"})
    assert res.status_code == 201
    assert res.json()["title"] == "first post"
    assert res.json()["author_id"] == test_user["id"]


def test_get_all_posts(authorized_client):
    authorized_client.post("/posts/", json={"title": "a", "content": "aaa"})
    authorized_client.post("/posts/", json={"title": "b", "content": "bbb"})
    res = authorized_client.get("/posts/")
    assert res.status_code == 200
    assert len(res.json()) == 2


def test_get_one_post(authorized_client):
    post = authorized_client.post("/posts/", json={"title": "a", "content": "aaa"}).json()
    res = authorized_client.get(f"/posts/{post['id']}")
    assert res.status_code == 200
    assert res.json()["content"] == "aaa"


def test_update_post(authorized_client):
    post = authorized_client.post("/posts/", json={"title": "a", "content": "aaa"}).json()
    res = authorized_client.put(f"/posts/{post['id']}", json={"title": "new", "content": "new"})
    assert res.status_code == 200
    assert res.json()["title"] == "new"


def test_delete_post(authorized_client):
    post = authorized_client.post("/posts/", json={"title": "a", "content": "aaa"}).json()
    res = authorized_client.delete(f"/posts/{post['id']}")
    assert res.status_code == 204


def test_comment_on_post(authorized_client):
    post = authorized_client.post("/posts/", json={"title": "a", "content": "aaa"}).json()
    res = authorized_client.post(f"/posts/{post['id']}/comments/", json={"content": "nice"})
    assert res.status_code == 201
    res = authorized_client.get(f"/posts/{post['id']}/comments/")
    assert len(res.json()) == 1
