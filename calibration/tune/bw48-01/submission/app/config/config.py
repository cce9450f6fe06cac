import os
from dataclasses import dataclass


@dataclass
class Config:
    app_name: str
    db_dsn: str
    jwt_secret: str
    jwt_expire_hours: int
    debug: bool


def load() -> Config:
    return Config(
        app_name=os.getenv("TODO_APP_NAME", "todo-svc"),
        db_dsn=os.getenv("TODO_DB_DSN", "sqlite:///./todo.db"),
        jwt_secret=os.getenv("TODO_JWT_SECRET", "todo-svc-jwt-secret-2024"),
        jwt_expire_hours=int(os.getenv("TODO_JWT_EXPIRE_HOURS", "72")),
        debug=os.getenv("TODO_DEBUG", "0") == "1",
    )


conf = load()
