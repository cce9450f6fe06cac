"""CRUD, isolation, validation and pagination of todos."""

import pytest


def _create(client, headers, **fields):
    body = {"title": "t", **fields}
    r = client.post("/todos", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


class TestCrud:
    def test_create_returns_201_with_id(self, client, alice):
        todo = _create(client, alice, title="Write ADRs")
        assert isinstance(todo["id"], int)
        assert todo["done"] is False

    def test_read(self, client, alice):
        todo = _create(client, alice)
        r = client.get(f"/todos/{todo['id']}", headers=alice)
        assert r.status_code == 200 and r.json() == todo

    def test_patch_partial(self, client, alice):
        todo = _create(client, alice, description="keep me")
        r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
        assert r.status_code == 200
        assert r.json()["done"] is True
        assert r.json()["description"] == "keep me"

    def test_patch_null_title_rejected(self, client, alice):
        todo = _create(client, alice)
        r = client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=alice)
        assert r.status_code == 422

    def test_delete(self, client, alice):
        todo = _create(client, alice)
        r = client.delete(f"/todos/{todo['id']}", headers=alice)
        assert r.status_code == 204 and r.content == b""
        assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


class TestIsolation:
    def test_other_user_gets_404(self, client, alice, bob):
        todo = _create(client, alice)
        assert client.get(f"/todos/{todo['id']}", headers=bob).status_code == 404
        assert client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=bob).status_code == 404
        assert client.delete(f"/todos/{todo['id']}", headers=bob).status_code == 404

    def test_list_only_shows_own(self, client, alice, bob):
        _create(client, alice)
        assert client.get("/todos", headers=bob).json()["total"] == 0


class TestValidation:
    @pytest.mark.parametrize(
        "body", [{}, {"title": ""}, {"title": 123}, {"title": "x", "done": "perhaps"}]
    )
    def test_bad_create_payload(self, client, alice, body):
        assert client.post("/todos", json=body, headers=alice).status_code == 422

    def test_unknown_id_is_404(self, client, alice):
        assert client.get("/todos/9999", headers=alice).status_code == 404


class TestPagination:
    def test_pages(self, client, alice):
        for i in range(5):
            _create(client, alice, title=f"t{i}")
        r = client.get("/todos", params={"limit": 2, "offset": 2}, headers=alice)
        assert r.status_code == 200
        page = r.json()
        assert [t["title"] for t in page["items"]] == ["t2", "t3"]
        assert page["total"] == 5

    @pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}])
    def test_out_of_range(self, client, alice, params):
        assert client.get("/todos", params=params, headers=alice).status_code == 422
