import pytest
from fastapi.testclient import TestClient


@pytest.fixture()
def alice(make_user) -> dict[str, str]:
    return make_user("alice")


@pytest.fixture()
def bob(make_user) -> dict[str, str]:
    return make_user("bob")


def _create(client: TestClient, headers: dict[str, str], **fields: object) -> dict[str, object]:
    resp = client.post("/todos", json={"title": "buy milk", **fields}, headers=headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


def test_create_returns_201_with_id(client: TestClient, alice: dict[str, str]) -> None:
    body = _create(client, alice, description="2 litres")
    assert isinstance(body["id"], int)
    assert body["title"] == "buy milk"
    assert body["description"] == "2 litres"
    assert body["done"] is False


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "x" * 201},
        {"title": ["not", "a", "string"]},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_rejects_bad_input(
    client: TestClient, alice: dict[str, str], payload: dict[str, object]
) -> None:
    assert client.post("/todos", json=payload, headers=alice).status_code == 422
    assert client.get("/todos", headers=alice).json()["total"] == 0


def test_create_rejects_non_json_body(client: TestClient, alice: dict[str, str]) -> None:
    resp = client.post(
        "/todos", content=b"{not json", headers={**alice, "Content-Type": "application/json"}
    )
    assert resp.status_code == 422


def test_read_update_delete_roundtrip(client: TestClient, alice: dict[str, str]) -> None:
    todo = _create(client, alice)
    url = f"/todos/{todo['id']}"

    assert client.get(url, headers=alice).json()["title"] == "buy milk"

    resp = client.patch(url, json={"done": True}, headers=alice)
    assert resp.status_code == 200
    assert resp.json()["done"] is True
    assert resp.json()["title"] == "buy milk"

    resp = client.delete(url, headers=alice)
    assert resp.status_code == 204
    assert resp.content == b""
    assert client.get(url, headers=alice).status_code == 404
    assert client.delete(url, headers=alice).status_code == 404


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}, {"colour": "red"}])
def test_patch_rejects_bad_input(
    client: TestClient, alice: dict[str, str], payload: dict[str, object]
) -> None:
    todo = _create(client, alice)
    resp = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
    assert resp.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["title"] == "buy milk"


def test_patch_can_clear_description(client: TestClient, alice: dict[str, str]) -> None:
    todo = _create(client, alice, description="temp")
    resp = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)
    assert resp.status_code == 200
    assert resp.json()["description"] is None


def test_other_users_todo_is_404(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    todo = _create(client, alice)
    url = f"/todos/{todo['id']}"
    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["items"] == []
    assert client.get(url, headers=alice).json()["done"] is False


@pytest.mark.parametrize("todo_id", ["0", "-1", "abc", str(2**63)])
def test_bad_ids_are_422(client: TestClient, alice: dict[str, str], todo_id: str) -> None:
    assert client.get(f"/todos/{todo_id}", headers=alice).status_code == 422


def test_missing_id_is_404(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/todos/12345", headers=alice).status_code == 404


def test_pagination(client: TestClient, alice: dict[str, str]) -> None:
    ids = [_create(client, alice, title=f"t{i}")["id"] for i in range(25)]

    page = client.get("/todos", headers=alice).json()
    assert page["limit"] == 20 and page["offset"] == 0 and page["total"] == 25
    assert [t["id"] for t in page["items"]] == ids[:20]

    page = client.get("/todos", params={"limit": 10, "offset": 20}, headers=alice).json()
    assert [t["id"] for t in page["items"]] == ids[20:]


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}, {"offset": 1_000_001}],
)
def test_pagination_bounds(
    client: TestClient, alice: dict[str, str], params: dict[str, object]
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


def test_filter_on_done(client: TestClient, alice: dict[str, str]) -> None:
    _create(client, alice, title="open")
    _create(client, alice, title="closed", done=True)
    page = client.get("/todos", params={"done": "true"}, headers=alice).json()
    assert [t["title"] for t in page["items"]] == ["closed"]
    assert page["total"] == 1


def test_probes(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
