def test_register_login_and_crud(client, login):
    me = login("rich")

    resp = client.post("/todos", json={"title": "write tests"}, headers=me)
    assert resp.status_code == 201
    todo = resp.json()
    assert todo["title"] == "write tests" and todo["done"] is False

    assert client.get(f"/todos/{todo['id']}", headers=me).json() == todo

    resp = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=me)
    assert resp.status_code == 200 and resp.json()["done"] is True

    resp = client.put(f"/todos/{todo['id']}", json={"title": "write more tests"}, headers=me)
    assert resp.json() == {"id": todo["id"], "title": "write more tests", "description": "", "done": False}

    assert client.delete(f"/todos/{todo['id']}", headers=me).status_code == 204
    assert client.get(f"/todos/{todo['id']}", headers=me).status_code == 404


def test_register_never_returns_the_password(client):
    resp = client.post("/auth/register", json={"username": "rich", "password": "hunter2hunter2"})
    assert resp.status_code == 201
    assert resp.json() == {"id": 1, "username": "rich"}


def test_duplicate_username(client, login):
    login("rich")
    resp = client.post("/auth/register", json={"username": "rich", "password": "hunter2hunter2"})
    assert resp.status_code == 409


def test_bad_login(client, login):
    login("rich")
    assert client.post("/auth/login", json={"username": "rich", "password": "wrong-password"}).status_code == 401
    assert client.post("/auth/login", json={"username": "nobody", "password": "wrong-password"}).status_code == 401


def test_todos_need_a_key(client):
    assert client.get("/todos").status_code == 401
    assert client.get("/todos", headers={"X-API-Key": "made-up"}).status_code == 401


def test_other_peoples_todos_are_404(client, login):
    rich, stu = login("rich"), login("stu")
    tid = client.post("/todos", json={"title": "private"}, headers=rich).json()["id"]
    assert client.get(f"/todos/{tid}", headers=stu).status_code == 404
    assert client.put(f"/todos/{tid}", json={"title": "x"}, headers=stu).status_code == 404
    assert client.delete(f"/todos/{tid}", headers=stu).status_code == 404
    assert client.get("/todos", headers=stu).json() == []


def test_validation(client, login):
    me = login("rich")
    assert client.post("/todos", json={}, headers=me).status_code == 422
    assert client.post("/todos", json={"title": 3}, headers=me).status_code == 422
    assert client.post("/todos", json=["title"], headers=me).status_code == 422
    assert client.get("/todos?limit=0", headers=me).status_code == 422
    assert client.get("/todos?limit=101", headers=me).status_code == 422
    assert client.get("/todos?offset=-1", headers=me).status_code == 422
