from pydantic import BaseModel, Field


class SignUpRequestDto(BaseModel):
    username: str = Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=72)


class CreatePostRequestDto(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class UpdatePostRequestDto(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=20_000)


class CreateCommentRequestDto(BaseModel):
    content: str = Field(min_length=1, max_length=5_000)
