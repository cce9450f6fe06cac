from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Login = Callable[[str], dict[str, str]]


def create(client: TestClient, headers: dict[str, str], **body: object) -> dict[str, object]:
    response = client.post("/todos", json={"title": "write tests", **body}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_returns_201_with_id(client: TestClient, login: Login) -> None:
    todo = create(client, login("ada"), description="all of them")
    assert todo["id"] == 1
    assert todo["title"] == "write tests"
    assert todo["description"] == "all of them"
    assert todo["done"] is False


@pytest.mark.parametrize(
    "body",
    [{}, {"title": ""}, {"title": "   "}, {"title": "x" * 201}, {"title": 3}, {"title": "ok", "done": "maybe"},
     {"title": "ok", "owner_id": 2}],
)
def test_create_validation(client: TestClient, login: Login, body: dict[str, object]) -> None:
    headers = login("ada")
    assert client.post("/todos", json=body, headers=headers).status_code == 422
    assert client.get("/todos", headers=headers).json()["total"] == 0


def test_read_update_delete(client: TestClient, login: Login) -> None:
    headers = login("ada")
    todo_id = create(client, headers)["id"]

    assert client.get(f"/todos/{todo_id}", headers=headers).json()["title"] == "write tests"

    patched = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=headers)
    assert patched.status_code == 200
    assert patched.json()["done"] is True
    assert patched.json()["title"] == "write tests"

    deleted = client.delete(f"/todos/{todo_id}", headers=headers)
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert client.get(f"/todos/{todo_id}", headers=headers).status_code == 404


def test_patch_can_clear_description_but_not_title(client: TestClient, login: Login) -> None:
    headers = login("ada")
    todo_id = create(client, headers, description="temp")["id"]
    assert client.patch(f"/todos/{todo_id}", json={"description": None}, headers=headers).json()["description"] is None
    assert client.patch(f"/todos/{todo_id}", json={"title": None}, headers=headers).status_code == 422
    assert client.patch(f"/todos/{todo_id}", json={"done": None}, headers=headers).status_code == 422
    assert client.patch(f"/todos/{todo_id}", json={"title": ""}, headers=headers).status_code == 422


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_missing_todo_is_404(client: TestClient, login: Login, method: str) -> None:
    headers = login("ada")
    kwargs = {"json": {"done": True}} if method == "patch" else {}
    assert client.request(method, "/todos/999", headers=headers, **kwargs).status_code == 404


def test_non_integer_id_is_422(client: TestClient, login: Login) -> None:
    assert client.get("/todos/abc", headers=login("ada")).status_code == 422


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_other_users_todo_is_404(client: TestClient, login: Login, method: str) -> None:
    ada, bob = login("ada"), login("bob")
    todo_id = create(client, ada)["id"]
    kwargs = {"json": {"title": "mine now"}} if method == "patch" else {}
    assert client.request(method, f"/todos/{todo_id}", headers=bob, **kwargs).status_code == 404
    assert client.get(f"/todos/{todo_id}", headers=ada).json()["title"] == "write tests"


def test_list_only_shows_own_todos(client: TestClient, login: Login) -> None:
    ada, bob = login("ada"), login("bob")
    create(client, ada, title="ada's")
    create(client, bob, title="bob's")
    page = client.get("/todos", headers=bob).json()
    assert [t["title"] for t in page["items"]] == ["bob's"]
    assert page["total"] == 1


def test_pagination(client: TestClient, login: Login) -> None:
    headers = login("ada")
    titles = [create(client, headers, title=f"t{i}")["title"] for i in range(25)]

    first = client.get("/todos", headers=headers).json()
    assert (len(first["items"]), first["total"], first["limit"], first["offset"]) == (20, 25, 20, 0)

    second = client.get("/todos", params={"limit": 10, "offset": 20}, headers=headers).json()
    assert [t["title"] for t in second["items"]] == titles[20:]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
def test_pagination_bounds(client: TestClient, login: Login, params: dict[str, object]) -> None:
    assert client.get("/todos", params=params, headers=login("ada")).status_code == 422


def test_openapi_documents_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths["/todos/{todo_id}"]) == {"get", "patch", "delete"}
    assert "404" in paths["/todos/{todo_id}"]["get"]["responses"]
    assert "204" in paths["/todos/{todo_id}"]["delete"]["responses"]


@pytest.mark.parametrize("path", ["/todos/0", f"/todos/{10**20}", f"/todos?offset={10**20}"])
def test_out_of_range_numbers_are_422_not_500(client: TestClient, login: Login, path: str) -> None:
    assert client.get(path, headers=login("ada")).status_code == 422
