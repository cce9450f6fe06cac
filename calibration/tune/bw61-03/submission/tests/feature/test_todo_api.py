from tests.conftest import login


class TestTodoApi:
    def test_guest_gets_401(self, client):
        res = client.get("/todos")

        assert res.status_code == 401

    def test_create_todo(self, client):
        res = client.post("/todos", json={"title": "Write tests"}, headers=login(client))

        assert res.status_code == 201
        assert res.json()["title"] == "Write tests"
        assert res.json()["done"] is False

    def test_create_todo_without_title(self, client):
        res = client.post("/todos", json={"description": "no title"}, headers=login(client))

        assert res.status_code == 422

    def test_list_todos(self, client):
        headers = login(client)
        for i in range(3):
            client.post("/todos", json={"title": f"Todo {i}"}, headers=headers)

        res = client.get("/todos?limit=2", headers=headers)

        assert res.status_code == 200
        assert len(res.json()["data"]) == 2
        assert res.json()["total"] == 3
        assert res.json()["last_page"] == 2

    def test_show_todo(self, client):
        headers = login(client)
        todo = client.post("/todos", json={"title": "Read"}, headers=headers).json()

        res = client.get(f"/todos/{todo['id']}", headers=headers)

        assert res.status_code == 200
        assert res.json()["id"] == todo["id"]

    def test_cannot_see_todo_of_other_user(self, client):
        todo = client.post("/todos", json={"title": "Mine"}, headers=login(client)).json()
        other = login(client, username="jane")

        res = client.get(f"/todos/{todo['id']}", headers=other)

        assert res.status_code == 404

    def test_update_todo(self, client):
        headers = login(client)
        todo = client.post("/todos", json={"title": "Read"}, headers=headers).json()

        res = client.put(
            f"/todos/{todo['id']}", json={"title": "Read a book", "done": True}, headers=headers
        )

        assert res.status_code == 200
        assert res.json()["title"] == "Read a book"
        assert res.json()["done"] is True

    def test_delete_todo(self, client):
        headers = login(client)
        todo = client.post("/todos", json={"title": "Read"}, headers=headers).json()

        res = client.delete(f"/todos/{todo['id']}", headers=headers)

        assert res.status_code == 200
        assert res.json() == {"message": "Todo deleted"}
