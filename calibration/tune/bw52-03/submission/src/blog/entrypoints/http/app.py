from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from functools import partial

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog.adapters.security import Argon2PasswordHasher, JwtTokenService
from blog.adapters.sqlalchemy.engine import create_schema, make_engine, make_session_factory
from blog.adapters.sqlalchemy.uow import SqlAlchemyUnitOfWork
from blog.application.services import AccountService, CommentService, PostService
from blog.config import Settings
from blog.entrypoints.http import errors
from blog.entrypoints.http.deps import Container
from blog.entrypoints.http.routers import auth, comments, posts


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()  # type: ignore[call-arg]  # filled from env

    engine = make_engine(settings.database_url, echo=settings.sql_echo)
    uow_factory = partial(SqlAlchemyUnitOfWork, make_session_factory(engine))
    hasher = Argon2PasswordHasher(
        time_cost=settings.argon2_time_cost, memory_cost_kib=settings.argon2_memory_cost_kib
    )
    tokens = JwtTokenService(
        settings.jwt_secret.get_secret_value(),
        ttl=timedelta(minutes=settings.access_token_ttl_minutes),
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if settings.create_schema_on_startup:
            await create_schema(engine)
        yield
        await engine.dispose()

    app = FastAPI(
        title="Blog API",
        version="0.1.0",
        description=(
            "Multi-author blog. Reads are public; writes need a bearer token from "
            "`POST /auth/token` (OAuth2 password flow)."
        ),
        lifespan=lifespan,
    )
    app.state.container = Container(
        accounts=AccountService(uow_factory, hasher, tokens),
        posts=PostService(uow_factory),
        comments=CommentService(uow_factory),
    )

    if settings.cors_origins:
        # Bearer tokens travel in a header, never cookies, so credentials stay off.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    errors.install(app)
    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)
    return app
