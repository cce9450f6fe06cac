import pytest


class TestCreate:
    def test_created_with_id(self, client, alice_auth):
        resp = client.post("/todos", json={"title": "Buy bread"}, headers=alice_auth)
        assert resp.status_code == 201
        body = resp.json()
        assert body["id"] >= 1
        assert body["title"] == "Buy bread"
        assert body["done"] is False
        assert body["description"] is None

    def test_all_fields(self, client, alice_auth):
        payload = {"title": "Call mum", "description": "Sunday", "done": True}
        resp = client.post("/todos", json=payload, headers=alice_auth)
        assert resp.status_code == 201
        assert {k: resp.json()[k] for k in payload} == payload

    @pytest.mark.parametrize(
        "payload",
        [
            {},
            {"title": ""},
            {"title": None},
            {"title": "t" * 256},
            {"title": 3.14},
            {"title": "ok", "done": "sometimes"},
            {"title": "ok", "description": "d" * 2001},
        ],
        ids=["missing", "empty", "null", "too-long", "float", "done-str", "desc-too-long"],
    )
    def test_invalid(self, client, alice_auth, payload):
        resp = client.post("/todos", json=payload, headers=alice_auth)
        assert resp.status_code == 422
        listed = client.get("/todos", headers=alice_auth).json()
        assert listed == []


class TestRead:
    def test_own(self, client, alice, alice_auth, todo_factory):
        todo = todo_factory(alice, title="mine")
        resp = client.get(f"/todos/{todo.id}", headers=alice_auth)
        assert resp.status_code == 200
        assert resp.json()["title"] == "mine"

    def test_not_found(self, client, alice_auth):
        resp = client.get("/todos/999", headers=alice_auth)
        assert resp.status_code == 404

    def test_someone_elses(self, client, alice, bob_auth, todo_factory):
        todo = todo_factory(alice)
        resp = client.get(f"/todos/{todo.id}", headers=bob_auth)
        assert resp.status_code == 404

    @pytest.mark.parametrize("todo_id", ["one", "1e3", "-"])
    def test_bad_id(self, client, alice_auth, todo_id):
        assert client.get(f"/todos/{todo_id}", headers=alice_auth).status_code == 422


class TestList:
    def test_only_mine(self, client, alice, bob, alice_auth, todo_factory):
        for i in range(3):
            todo_factory(alice, title=f"a{i}")
        todo_factory(bob, title="b0")
        titles = [t["title"] for t in client.get("/todos", headers=alice_auth).json()]
        assert titles == ["a0", "a1", "a2"]

    def test_default_limit_is_20(self, client, alice, alice_auth, todo_factory):
        for _ in range(25):
            todo_factory(alice)
        assert len(client.get("/todos", headers=alice_auth).json()) == 20

    @pytest.mark.parametrize(
        "limit, offset, expected",
        [(5, 0, 5), (5, 20, 5), (5, 23, 2), (100, 0, 25), (1, 24, 1), (10, 25, 0)],
    )
    def test_window(self, client, alice, alice_auth, todo_factory, limit, offset, expected):
        for _ in range(25):
            todo_factory(alice)
        resp = client.get(f"/todos?limit={limit}&offset={offset}", headers=alice_auth)
        assert resp.status_code == 200
        assert len(resp.json()) == expected

    @pytest.mark.parametrize(
        "query",
        ["limit=0", "limit=101", "limit=-3", "offset=-1", "limit=abc", "offset=1.5"],
    )
    def test_out_of_range(self, client, alice_auth, query):
        assert client.get(f"/todos?{query}", headers=alice_auth).status_code == 422


class TestUpdate:
    @pytest.mark.parametrize(
        "change",
        [
            {"done": True},
            {"title": "new title"},
            {"description": "added later"},
            {"title": "both", "done": True},
        ],
    )
    def test_partial_update(self, client, alice, alice_auth, todo_factory, change):
        todo = todo_factory(alice)
        resp = client.patch(f"/todos/{todo.id}", json=change, headers=alice_auth)
        assert resp.status_code == 200
        for key, value in change.items():
            assert resp.json()[key] == value

    def test_untouched_fields_kept(self, client, alice, alice_auth, todo_factory):
        todo = todo_factory(alice, title="keep", description="keep too")
        resp = client.patch(f"/todos/{todo.id}", json={"done": True}, headers=alice_auth)
        assert resp.json()["title"] == "keep"
        assert resp.json()["description"] == "keep too"

    def test_unknown_fields_are_ignored(self, client, alice, alice_auth, todo_factory):
        todo = todo_factory(alice)
        resp = client.patch(f"/todos/{todo.id}", json={"colour": "red"}, headers=alice_auth)
        assert resp.status_code == 200
        assert "colour" not in resp.json()

    @pytest.mark.parametrize("title", ["", None])
    def test_empty_title_rejected(self, client, alice, alice_auth, todo_factory, title):
        todo = todo_factory(alice, title="original")
        resp = client.patch(f"/todos/{todo.id}", json={"title": title}, headers=alice_auth)
        assert resp.status_code == 422
        assert client.get(f"/todos/{todo.id}", headers=alice_auth).json()["title"] == "original"

    def test_not_found(self, client, alice_auth):
        assert client.patch("/todos/404", json={"done": True}, headers=alice_auth).status_code == 404

    def test_someone_elses(self, client, alice, bob_auth, alice_auth, todo_factory):
        todo = todo_factory(alice, done=False)
        resp = client.patch(f"/todos/{todo.id}", json={"done": True}, headers=bob_auth)
        assert resp.status_code == 404
        assert client.get(f"/todos/{todo.id}", headers=alice_auth).json()["done"] is False


class TestDelete:
    def test_deleted(self, client, alice, alice_auth, todo_factory):
        todo = todo_factory(alice)
        resp = client.delete(f"/todos/{todo.id}", headers=alice_auth)
        assert resp.status_code == 204
        assert resp.text == ""
        assert client.get(f"/todos/{todo.id}", headers=alice_auth).status_code == 404

    def test_not_found(self, client, alice_auth):
        assert client.delete("/todos/12345", headers=alice_auth).status_code == 404

    def test_someone_elses(self, client, alice, bob_auth, alice_auth, todo_factory):
        todo = todo_factory(alice)
        assert client.delete(f"/todos/{todo.id}", headers=bob_auth).status_code == 404
        assert client.get(f"/todos/{todo.id}", headers=alice_auth).status_code == 200
