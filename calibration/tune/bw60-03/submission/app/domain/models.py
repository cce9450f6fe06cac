from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


def now_utc() -> datetime:
    # stored as TIMESTAMP WITHOUT TIME ZONE, always UTC
    return datetime.now(UTC).replace(tzinfo=None)


# --- entities -------------------------------------------------------------


class User(SQLModel, table=True):
    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, index=True, max_length=40)
    password_hash: str


class Todo(SQLModel, table=True):
    __tablename__ = "todo"

    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="app_user.id", index=True)
    title: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool = False
    created_at: datetime = Field(default_factory=now_utc)


# --- DTOs -----------------------------------------------------------------


class SignUp(SQLModel):
    username: str = Field(min_length=3, max_length=40)
    password: str = Field(min_length=8, max_length=128)


class UserOut(SQLModel):
    id: int
    username: str


class TokenOut(SQLModel):
    access_token: str
    token_type: str = "bearer"


class TodoIn(SQLModel):
    title: str = Field(min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool = False


class TodoPatch(SQLModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    done: bool | None = None


class TodoOut(SQLModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime


class TodoPage(SQLModel):
    items: list[TodoOut]
    total: int
    limit: int
    offset: int
