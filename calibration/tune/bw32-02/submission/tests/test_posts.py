from tests.factories import create_post, signed_in_user


def test_anyone_can_list_and_show_posts(client):
    _, headers = signed_in_user(client)
    post = create_post(client, headers)

    listing = client.get("/posts")
    assert listing.status_code == 200
    assert [p["id"] for p in listing.json()] == [post["id"]]

    show = client.get(f"/posts/{post['id']}")
    assert show.status_code == 200
    assert show.json()["author"]["username"] == post["author"]["username"]
    assert show.json()["comments_count"] == 0


def test_show_missing_post_is_404(client):
    assert client.get("/posts/999").status_code == 404


def test_create_requires_login(client):
    resp = client.post("/posts", json={"title": "t", "content": "c"})
    assert resp.status_code == 401


def test_create_with_bad_token_is_401(client):
    resp = client.post("/posts", json={"title": "t", "content": "c"}, headers={"Authorization": "Bearer junk"})
    assert resp.status_code == 401


def test_create_validates_params(client):
    _, headers = signed_in_user(client)
    assert client.post("/posts", json={"title": "", "content": "c"}, headers=headers).status_code == 422
    assert client.post("/posts", json={"content": "c"}, headers=headers).status_code == 422
    assert client.post("/posts", json={"title": 5, "content": ["x"]}, headers=headers).status_code == 422


def test_author_can_update(client):
    _, headers = signed_in_user(client)
    post = create_post(client, headers)
    resp = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=headers)
    assert resp.status_code == 200
    assert resp.json()["title"] == "Edited"
    assert resp.json()["content"] == post["content"]


def test_put_is_routed_like_patch(client):
    _, headers = signed_in_user(client)
    post = create_post(client, headers)
    resp = client.put(f"/posts/{post['id']}", json={"content": "New body"}, headers=headers)
    assert resp.status_code == 200
    assert resp.json()["content"] == "New body"


def test_update_with_null_title_keeps_title(client):
    _, headers = signed_in_user(client)
    post = create_post(client, headers)
    resp = client.patch(f"/posts/{post['id']}", json={"title": None}, headers=headers)
    assert resp.status_code == 200
    assert resp.json()["title"] == post["title"]


def test_non_author_cannot_update_or_delete(client):
    _, author_headers = signed_in_user(client)
    _, other_headers = signed_in_user(client)
    post = create_post(client, author_headers)

    assert client.patch(f"/posts/{post['id']}", json={"title": "x"}, headers=other_headers).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=other_headers).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == post["title"]


def test_author_can_delete(client):
    _, headers = signed_in_user(client)
    post = create_post(client, headers)
    resp = client.delete(f"/posts/{post['id']}", headers=headers)
    assert resp.status_code == 204
    assert resp.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_update_missing_post_is_404(client):
    _, headers = signed_in_user(client)
    assert client.patch("/posts/12345", json={"title": "x"}, headers=headers).status_code == 404


def test_pagination(client):
    _, headers = signed_in_user(client)
    ids = [create_post(client, headers, title=f"Post {i}")["id"] for i in range(5)]

    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert [p["id"] for p in page] == list(reversed(ids))[1:3]


def test_pagination_bounds(client):
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 101}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422
    assert client.get("/posts", params={"limit": "ten"}).status_code == 422
