from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from tests.support import TEST_SETTINGS, Headers, sign_up_and_login
from todo_api.app import create_app

settings.register_profile(
    "dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(TEST_SETTINGS)) as c:
        yield c


@pytest.fixture(scope="module")
def alice(client: TestClient) -> Headers:
    return sign_up_and_login(client)


@pytest.fixture(scope="module")
def bob(client: TestClient) -> Headers:
    return sign_up_and_login(client)
