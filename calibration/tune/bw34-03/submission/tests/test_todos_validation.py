import pytest

from app.models import DESCRIPTION_MAX, TITLE_MAX


@pytest.mark.negative
@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"description": "no title"},
        {"title": ""},
        {"title": "   "},
        {"title": None},
        {"title": 123},
        {"title": ["a"]},
        {"title": "x" * (TITLE_MAX + 1)},
        {"title": "ok", "description": "d" * (DESCRIPTION_MAX + 1)},
        {"title": "ok", "done": "not-a-bool"},
        {"title": "ok", "done": None},
    ],
    ids=[
        "empty-body",
        "missing-title",
        "empty-title",
        "blank-title",
        "null-title",
        "int-title",
        "list-title",
        "title-too-long",
        "description-too-long",
        "done-wrong-type",
        "done-null",
    ],
)
def test_create_invalid_payload_returns_422_and_stores_nothing(client, auth_headers, payload):
    resp = client.post("/todos", json=payload, headers=auth_headers)
    assert resp.status_code == 422
    assert "detail" in resp.json()
    assert client.get("/todos", headers=auth_headers).json()["total"] == 0


@pytest.mark.negative
def test_create_with_non_json_body_returns_422(client, auth_headers):
    resp = client.post(
        "/todos",
        content=b"title=hello",
        headers={**auth_headers, "Content-Type": "application/json"},
    )
    assert resp.status_code == 422


@pytest.mark.boundary
@pytest.mark.parametrize("length", [1, TITLE_MAX])
def test_title_length_boundaries_accepted(client, auth_headers, length):
    resp = client.post("/todos", json={"title": "t" * length}, headers=auth_headers)
    assert resp.status_code == 201


@pytest.mark.negative
@pytest.mark.parametrize(
    "payload",
    [{"title": None}, {"title": ""}, {"title": "  "}, {"done": None}, {"done": "maybe"}],
    ids=["null-title", "empty-title", "blank-title", "null-done", "bad-done"],
)
def test_patch_invalid_payload_returns_422_and_keeps_data(
    client, auth_headers, create_todo, payload
):
    todo = create_todo(auth_headers)
    resp = client.patch(f"/todos/{todo['id']}", json=payload, headers=auth_headers)
    assert resp.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).json() == todo


@pytest.mark.security
def test_owner_id_in_body_is_ignored(client, auth_headers, other_headers, create_todo):
    resp = client.post("/todos", json={"title": "sneaky", "owner_id": 999}, headers=auth_headers)
    assert resp.status_code == 201
    assert client.get(f"/todos/{resp.json()['id']}", headers=auth_headers).status_code == 200
