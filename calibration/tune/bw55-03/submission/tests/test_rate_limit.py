import pytest
from fastapi.testclient import TestClient

from app import rate_limit
from app.config import settings

pytestmark = pytest.mark.ratelimit


@pytest.fixture
def low_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(settings, "RATE_LIMIT_REQUESTS", 3)
    monkeypatch.setattr(settings, "RATE_LIMIT_WINDOW_SECONDS", 60)
    return 3


def test_requests_under_the_limit_pass(client: TestClient, low_limit: int) -> None:
    for _ in range(low_limit):
        assert client.get("/health").status_code == 200


def test_request_over_the_limit_returns_429(client: TestClient, low_limit: int) -> None:
    for _ in range(low_limit):
        client.get("/health")

    response = client.get("/health")

    assert response.status_code == 429
    assert response.json() == {"detail": "Too many requests, slow down"}
    assert response.headers["Retry-After"] == "60"


def test_rate_limit_applies_to_api_routes(client: TestClient, low_limit: int) -> None:
    for _ in range(low_limit):
        client.get("/todos")

    assert client.get("/todos").status_code == 429


def test_over_limit_client_is_penalised(
    client: TestClient, low_limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "RATE_LIMIT_PENALTY_SECONDS", 2.0)
    sleeps: list[float] = []
    monkeypatch.setattr(rate_limit.time, "sleep", lambda seconds: sleeps.append(seconds))

    for _ in range(low_limit + 2):
        client.get("/health")

    assert sleeps == [2.0, 2.0]


def test_rejected_requests_do_not_extend_the_window(client: TestClient, low_limit: int) -> None:
    for _ in range(low_limit + 5):
        client.get("/health")

    assert len(rate_limit._requests["testclient"]) == low_limit


def test_window_expiry_allows_requests_again(client: TestClient, low_limit: int) -> None:
    for _ in range(low_limit):
        client.get("/health")
    assert client.get("/health").status_code == 429

    # move every recorded request outside the window
    for client_id, stamps in rate_limit._requests.items():
        rate_limit._requests[client_id] = [t - 61 for t in stamps]

    assert client.get("/health").status_code == 200


def test_clients_are_limited_separately(client: TestClient, low_limit: int) -> None:
    first = {"X-Forwarded-For": "10.0.0.1"}
    second = {"X-Forwarded-For": "10.0.0.2"}
    for _ in range(low_limit):
        client.get("/health", headers=first)

    assert client.get("/health", headers=first).status_code == 429
    assert client.get("/health", headers=second).status_code == 200


def test_forwarded_for_uses_first_address(client: TestClient, low_limit: int) -> None:
    for _ in range(low_limit):
        client.get("/health", headers={"X-Forwarded-For": "10.0.0.9, 172.16.0.1"})

    assert client.get("/health", headers={"X-Forwarded-For": "10.0.0.9"}).status_code == 429


def test_reset_clears_all_clients(client: TestClient, low_limit: int) -> None:
    for _ in range(low_limit):
        client.get("/health")

    rate_limit.reset_rate_limiter()

    assert client.get("/health").status_code == 200
