from pydantic import BaseModel
from sqlmodel import Field, SQLModel


# ---------- Users ----------


class UserBase(SQLModel):
    username: str = Field(index=True, unique=True)


class User(UserBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    hashed_password: str


class UserCreate(UserBase):
    password: str


class UserPublic(UserBase):
    id: int


# ---------- Auth ----------


class Token(BaseModel):
    access_token: str
    token_type: str


class TokenData(BaseModel):
    username: str | None = None


# ---------- Todos ----------


class TodoBase(SQLModel):
    title: str = Field(index=True)
    description: str | None = Field(default=None)
    done: bool = Field(default=False)


class Todo(TodoBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="user.id", index=True)


class TodoCreate(TodoBase):
    pass


class TodoPublic(TodoBase):
    id: int


class TodoUpdate(SQLModel):
    title: str | None = None
    description: str | None = None
    done: bool | None = None
