import pytest
from fastapi.testclient import TestClient


def test_create(client: TestClient, alice: tuple[str, str]) -> None:
    r = client.post("/todos", json={"title": "Write tests"}, auth=alice)
    assert r.status_code == 201
    body = r.json()
    assert isinstance(body["id"], int)
    assert body == {"id": body["id"], "title": "Write tests", "description": None, "done": False}


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"description": "no title"},
        {"title": ""},
        {"title": "x" * 201},
        {"title": 42},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_validation(client: TestClient, alice: tuple[str, str], body: dict) -> None:
    r = client.post("/todos", json=body, auth=alice)
    assert r.status_code == 422
    assert client.get("/todos", auth=alice).json()["total"] == 0


def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/todos", json={"title": "x"}).status_code == 401


def test_read(client: TestClient, alice: tuple[str, str], alice_todo: dict) -> None:
    r = client.get(f"/todos/{alice_todo['id']}", auth=alice)
    assert r.status_code == 200
    assert r.json() == alice_todo


def test_read_missing(client: TestClient, alice: tuple[str, str]) -> None:
    assert client.get("/todos/12345", auth=alice).status_code == 404


def test_read_bad_id(client: TestClient, alice: tuple[str, str]) -> None:
    assert client.get("/todos/abc", auth=alice).status_code == 422


def test_other_users_todo_is_invisible(
    client: TestClient, bob: tuple[str, str], alice_todo: dict
) -> None:
    tid = alice_todo["id"]
    assert client.get(f"/todos/{tid}", auth=bob).status_code == 404
    assert client.patch(f"/todos/{tid}", json={"done": True}, auth=bob).status_code == 404
    assert client.delete(f"/todos/{tid}", auth=bob).status_code == 404
    assert client.get("/todos", auth=bob).json()["items"] == []


def test_list_paginates(client: TestClient, alice: tuple[str, str]) -> None:
    for i in range(25):
        client.post("/todos", json={"title": f"t{i}"}, auth=alice)
    first = client.get("/todos", auth=alice).json()
    assert first["total"] == 25
    assert first["limit"] == 20 and first["offset"] == 0
    assert len(first["items"]) == 20
    rest = client.get("/todos", params={"limit": 10, "offset": 20}, auth=alice).json()
    assert [t["title"] for t in rest["items"]] == [f"t{i}" for i in range(20, 25)]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "a"}])
def test_list_rejects_bad_paging(client: TestClient, alice: tuple[str, str], params: dict) -> None:
    assert client.get("/todos", params=params, auth=alice).status_code == 422


def test_list_requires_auth(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401


def test_patch_partial(client: TestClient, alice: tuple[str, str], alice_todo: dict) -> None:
    r = client.patch(f"/todos/{alice_todo['id']}", json={"done": True}, auth=alice)
    assert r.status_code == 200
    assert r.json() == {**alice_todo, "done": True}
    assert client.get(f"/todos/{alice_todo['id']}", auth=alice).json()["done"] is True


def test_patch_can_clear_description(client: TestClient, alice: tuple[str, str], alice_todo: dict) -> None:
    r = client.patch(f"/todos/{alice_todo['id']}", json={"description": None}, auth=alice)
    assert r.status_code == 200
    assert r.json()["description"] is None


@pytest.mark.parametrize("body", [{"title": None}, {"done": None}, {"title": ""}, {"done": "yes please"}])
def test_patch_validation(client: TestClient, alice: tuple[str, str], alice_todo: dict, body: dict) -> None:
    r = client.patch(f"/todos/{alice_todo['id']}", json=body, auth=alice)
    assert r.status_code == 422
    assert client.get(f"/todos/{alice_todo['id']}", auth=alice).json() == alice_todo


def test_patch_missing(client: TestClient, alice: tuple[str, str]) -> None:
    assert client.patch("/todos/999", json={"done": True}, auth=alice).status_code == 404


def test_delete(client: TestClient, alice: tuple[str, str], alice_todo: dict) -> None:
    r = client.delete(f"/todos/{alice_todo['id']}", auth=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/todos/{alice_todo['id']}", auth=alice).status_code == 404
    assert client.delete(f"/todos/{alice_todo['id']}", auth=alice).status_code == 404


def test_delete_requires_auth(client: TestClient, alice_todo: dict) -> None:
    assert client.delete(f"/todos/{alice_todo['id']}").status_code == 401
