import os

# Must be set before the app (and its settings) are imported.
os.environ.setdefault("TODO_SECRET_KEY", "test-only-secret-not-used-anywhere-else")
os.environ.setdefault("TODO_DATABASE_URL", "sqlite://")

from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import Engine, create_engine  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from app.database import Base, get_db  # noqa: E402
from app.main import app  # noqa: E402
from app.models import User  # noqa: E402
from tests import factories  # noqa: E402

AuthHeaders = dict[str, str]


@pytest.fixture()
def engine() -> Iterator[Engine]:
    engine = create_engine(
        "sqlite://",
        connect_args={"check_same_thread": False},
        poolclass=StaticPool,
    )
    Base.metadata.create_all(engine)
    yield engine
    Base.metadata.drop_all(engine)
    engine.dispose()


@pytest.fixture()
def db_session(engine: Engine) -> Iterator[Session]:
    session = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)()
    factories.bind_session(session)
    yield session
    session.close()


@pytest.fixture()
def client(db_session: Session) -> Iterator[TestClient]:
    def override_get_db() -> Iterator[Session]:
        yield db_session

    app.dependency_overrides[get_db] = override_get_db
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


@pytest.fixture()
def user_factory(db_session: Session) -> type[factories.UserFactory]:
    return factories.UserFactory


@pytest.fixture()
def todo_factory(db_session: Session) -> type[factories.TodoFactory]:
    return factories.TodoFactory


@pytest.fixture()
def login(client: TestClient) -> Callable[[str, str], AuthHeaders]:
    def _login(username: str, password: str = factories.DEFAULT_PASSWORD) -> AuthHeaders:
        resp = client.post("/auth/token", data={"username": username, "password": password})
        assert resp.status_code == 200, resp.text
        return {"Authorization": f"Bearer {resp.json()['access_token']}"}

    return _login


@pytest.fixture()
def alice(user_factory: type[factories.UserFactory]) -> User:
    return user_factory(username="alice")


@pytest.fixture()
def bob(user_factory: type[factories.UserFactory]) -> User:
    return user_factory(username="bob")


@pytest.fixture()
def alice_headers(alice: User, login: Callable[..., AuthHeaders]) -> AuthHeaders:
    return login(alice.username)


@pytest.fixture()
def bob_headers(bob: User, login: Callable[..., AuthHeaders]) -> AuthHeaders:
    return login(bob.username)
