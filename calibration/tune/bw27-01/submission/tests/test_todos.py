def test_signup_and_login(client):
    r = client.post("/auth/signup", json={"username": "bob", "password": "hunter2hunter2"})
    assert r.status_code == 201
    assert "password" not in r.text
    r = client.post("/auth/token", data={"username": "bob", "password": "hunter2hunter2"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


def test_create_and_list(client, auth_headers):
    r = client.post("/todos", json={"title": "train model"}, headers=auth_headers)
    assert r.status_code == 201
    todo_id = r.json()["id"]
    r = client.get("/todos", headers=auth_headers)
    assert r.status_code == 200
    assert [t["id"] for t in r.json()["items"]] == [todo_id]


def test_update_and_delete(client, auth_headers):
    todo_id = client.post("/todos", json={"title": "eval"}, headers=auth_headers).json()["id"]
    r = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=auth_headers)
    assert r.status_code == 200
    assert r.json()["done"] is True
    r = client.delete(f"/todos/{todo_id}", headers=auth_headers)
    assert r.status_code == 204


def test_requires_token(client):
    assert client.get("/todos").status_code == 401
