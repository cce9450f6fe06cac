from pydantic import BaseModel, ConfigDict, Field, field_validator

TITLE_MAX = 200
DESC_MAX = 2000


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class TodoCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=TITLE_MAX)
    description: str | None = Field(default=None, max_length=DESC_MAX)
    done: bool = False


class TodoUpdate(BaseModel):
    """Partial update. Omitted fields are left alone.
    title and done may be omitted but not set to null (columns are NOT NULL)."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=TITLE_MAX)
    description: str | None = Field(default=None, max_length=DESC_MAX)
    done: bool | None = None

    @field_validator("title", "done")
    @classmethod
    def _reject_explicit_null(cls, v: object) -> object:
        if v is None:
            raise ValueError("may be omitted but not null")
        return v


class TodoOut(BaseModel):
    id: int
    title: str
    description: str | None
    done: bool
    created_at: str
    updated_at: str


class TodoPage(BaseModel):
    items: list[TodoOut]
    total: int
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str
