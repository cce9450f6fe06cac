"""Application properties.

Works like Spring's ``application.properties``: every value is read from the
environment, with a sensible default where one is safe to have.
"""
import os
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class ApplicationProperties:
    datasource_url: str
    jwt_secret: str
    jwt_algorithm: str
    jwt_expiration_minutes: int


@lru_cache
def get_properties() -> ApplicationProperties:
    secret = os.environ.get("BLOG_JWT_SECRET")
    if not secret:
        raise RuntimeError("BLOG_JWT_SECRET must be set (see README)")
    return ApplicationProperties(
        datasource_url=os.environ.get("BLOG_DATASOURCE_URL", "sqlite:///./blog.db"),
        jwt_secret=secret,
        jwt_algorithm="HS256",
        jwt_expiration_minutes=int(os.environ.get("BLOG_JWT_EXPIRATION_MINUTES", "60")),
    )
