class TestTodos:
    class TestCreate:
        def test_201_with_id(self, client, auth_headers):
            res = client.post("/todos", json={"title": "milk"}, headers=auth_headers)
            assert res.status_code == 201
            body = res.json()
            assert body["id"] > 0
            assert body["done"] is False
            assert body["description"] is None

        def test_requires_auth(self, client):
            assert client.post("/todos", json={"title": "milk"}).status_code == 401

        def test_missing_title_422(self, client, auth_headers):
            res = client.post("/todos", json={"description": "no title"}, headers=auth_headers)
            assert res.status_code == 422

        def test_wrong_type_422(self, client, auth_headers):
            res = client.post("/todos", json={"title": "x", "done": "maybe"}, headers=auth_headers)
            assert res.status_code == 422

    class TestList:
        def test_paginates(self, client, auth_headers):
            for i in range(5):
                client.post("/todos", json={"title": f"t{i}"}, headers=auth_headers)
            res = client.get("/todos?limit=2&offset=1", headers=auth_headers)
            assert res.status_code == 200
            body = res.json()
            assert body["total"] == 5
            assert [t["title"] for t in body["items"]] == ["t3", "t2"]

        def test_filter_done(self, client, auth_headers):
            client.post("/todos", json={"title": "a", "done": True}, headers=auth_headers)
            client.post("/todos", json={"title": "b"}, headers=auth_headers)
            res = client.get("/todos?done=true", headers=auth_headers)
            assert [t["title"] for t in res.json()["items"]] == ["a"]

        def test_limit_too_big_422(self, client, auth_headers):
            assert client.get("/todos?limit=51", headers=auth_headers).status_code == 422

        def test_negative_offset_422(self, client, auth_headers):
            assert client.get("/todos?offset=-1", headers=auth_headers).status_code == 422

        def test_only_my_todos(self, client, auth_headers, other_headers):
            client.post("/todos", json={"title": "mine"}, headers=auth_headers)
            res = client.get("/todos", headers=other_headers)
            assert res.json()["total"] == 0

    class TestReadUpdateDelete:
        def test_read(self, client, auth_headers):
            todo = client.post("/todos", json={"title": "x"}, headers=auth_headers).json()
            res = client.get(f"/todos/{todo['id']}", headers=auth_headers)
            assert res.status_code == 200
            assert res.json()["title"] == "x"

        def test_read_missing_404(self, client, auth_headers):
            assert client.get("/todos/12345", headers=auth_headers).status_code == 404

        def test_someone_elses_todo_404(self, client, auth_headers, other_headers):
            todo = client.post("/todos", json={"title": "secret"}, headers=auth_headers).json()
            assert client.get(f"/todos/{todo['id']}", headers=other_headers).status_code == 404
            res = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=other_headers)
            assert res.status_code == 404
            assert client.delete(f"/todos/{todo['id']}", headers=other_headers).status_code == 404

        def test_update(self, client, auth_headers):
            todo = client.post("/todos", json={"title": "x"}, headers=auth_headers).json()
            res = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=auth_headers)
            assert res.status_code == 200
            assert res.json()["done"] is True
            assert res.json()["title"] == "x"

        def test_update_empty_title_422(self, client, auth_headers):
            todo = client.post("/todos", json={"title": "x"}, headers=auth_headers).json()
            res = client.patch(f"/todos/{todo['id']}", json={"title": ""}, headers=auth_headers)
            assert res.status_code == 422

        def test_delete_204_then_404(self, client, auth_headers):
            todo = client.post("/todos", json={"title": "x"}, headers=auth_headers).json()
            res = client.delete(f"/todos/{todo['id']}", headers=auth_headers)
            assert res.status_code == 204
            assert client.get(f"/todos/{todo['id']}", headers=auth_headers).status_code == 404
