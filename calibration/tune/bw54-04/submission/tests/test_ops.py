import asyncio
import json
import logging

import pytest
from fastapi.testclient import TestClient

from blogapi.logconf import JsonFormatter, RequestIdFilter, request_id_var
from blogapi.security import InvalidTokenError, PasswordHasher, TokenService


def test_healthz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz(client: TestClient) -> None:
    assert client.get("/readyz").status_code == 200


def test_request_id_is_echoed_or_generated(client: TestClient) -> None:
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    generated = client.get("/healthz").headers["x-request-id"]
    assert len(generated) == 32


def test_openapi_documents_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            assert op.get("summary"), f"{method.upper()} {path} has no summary"


def test_json_formatter_includes_request_id_and_extras() -> None:
    record = logging.makeLogRecord({"name": "t", "levelname": "INFO", "msg": "hello", "post_id": 7})
    token = request_id_var.set("rid-1")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id_var.reset(token)
    line = json.loads(JsonFormatter().format(record))
    assert line["msg"] == "hello"
    assert line["request_id"] == "rid-1"
    assert line["post_id"] == 7


def test_password_hasher_roundtrip() -> None:
    hasher = PasswordHasher(rounds=4)

    async def run() -> tuple[bool, bool, bool]:
        digest = await hasher.hash("s3cret-password")
        return (
            await hasher.verify("s3cret-password", digest),
            await hasher.verify("wrong-password", digest),
            await hasher.verify("s3cret-password", None),
        )

    assert asyncio.run(run()) == (True, False, False)


def test_token_roundtrip_and_expiry() -> None:
    tokens = TokenService("k" * 32, "HS256", ttl_s=60)
    assert tokens.subject(tokens.issue(42)) == 42

    expired = TokenService("k" * 32, "HS256", ttl_s=-1)
    with pytest.raises(InvalidTokenError):
        tokens.subject(expired.issue(42))
