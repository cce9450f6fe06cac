import os
import tempfile
from collections.abc import Generator

os.environ.setdefault("BLOG_JWT_SECRET", "unit-test-secret-which-is-long-enough-0123456789")
os.environ["BLOG_DATASOURCE_URL"] = "sqlite:///" + os.path.join(tempfile.gettempdir(), "blog_service_test.db")

import pytest  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.config.database import BaseEntity, SessionFactory, engine  # noqa: E402
from app.domain import entities  # noqa: E402,F401


@pytest.fixture()
def session() -> Generator[Session, None, None]:
    BaseEntity.metadata.drop_all(bind=engine)
    BaseEntity.metadata.create_all(bind=engine)
    db_session = SessionFactory()
    try:
        yield db_session
    finally:
        db_session.close()
