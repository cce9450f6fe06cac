import os

from fastapi import FastAPI

from .db import connection_dependency, init_db
from .routes import router


def create_app(db_path: str | None = None) -> FastAPI:
    path = db_path or os.environ.get("BLOG_DB_PATH", "blog.sqlite3")
    init_db(path)

    app = FastAPI(title="Blog API", version="0.1.0")
    app.state.get_conn = connection_dependency(path)
    app.include_router(router)
    return app


app = create_app()
