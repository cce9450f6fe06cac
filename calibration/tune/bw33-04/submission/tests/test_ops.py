from fastapi.testclient import TestClient


def test_liveness(client: TestClient) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200 and r.json()["status"] == "ok"


def test_readiness_ok(client: TestClient) -> None:
    r = client.get("/readyz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "checks": {"database": "ok"}}


def test_readiness_reports_broken_database(client: TestClient, monkeypatch) -> None:
    async def broken_ping() -> None:
        raise ConnectionError("db down")

    monkeypatch.setattr(client.app.state.db, "ping", broken_ping)  # type: ignore[attr-defined]
    r = client.get("/readyz")
    assert r.status_code == 503
    assert r.json()["checks"]["database"] == "unreachable"
    assert client.get("/healthz").status_code == 200  # liveness stays green


def test_metrics_use_route_templates(client: TestClient, alice: dict[str, str]) -> None:
    todo = client.post("/todos", json={"title": "t"}, headers=alice).json()
    client.get(f"/todos/{todo['id']}", headers=alice)
    client.get("/does-not-exist")
    body = client.get("/metrics").text
    assert 'route="/todos/{todo_id}"' in body
    assert f'route="/todos/{todo["id"]}"' not in body
    assert 'route="unmatched"' in body
    assert "todo_operations_total" in body


def test_request_id_is_echoed_or_generated(client: TestClient) -> None:
    r = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    r = client.get("/healthz", headers={"X-Request-ID": "bad id\nwith newline"})
    assert r.headers["x-request-id"] != "bad id\nwith newline"
    assert len(r.headers["x-request-id"]) == 32


def test_openapi_documents_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/auth/register", "/auth/token", "/todos", "/todos/{todo_id}", "/healthz", "/readyz"} <= set(
        spec["paths"]
    )
    assert "404" in spec["paths"]["/todos/{todo_id}"]["get"]["responses"]
