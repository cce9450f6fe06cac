"""Input schemas: what a client is allowed to send (the changeset `cast` + `validate_*`)."""
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator

Username = Annotated[str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
CommentContent = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)
]


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterParams(_Params):
    username: Username
    password: Password


class PostParams(_Params):
    title: Title
    content: Content


class PostPatchParams(_Params):
    title: Title | None = None
    content: Content | None = None

    @model_validator(mode="after")
    def _reject_explicit_nulls(self) -> Self:
        nulls = sorted(name for name in self.model_fields_set if getattr(self, name) is None)
        if nulls:
            raise ValueError(f"fields may be omitted but not null: {', '.join(nulls)}")
        return self


class CommentParams(_Params):
    content: CommentContent
