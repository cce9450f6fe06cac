from pydantic import BaseModel, Field

from todo_node.config import Config


class SignupRequest(BaseModel):
    username: str = Field(min_length=3, max_length=Config.kMaxUsernameLength)
    password: str = Field(min_length=8, max_length=128)


class LoginRequest(BaseModel):
    username: str
    password: str


class CreateTodoRequest(BaseModel):
    title: str = Field(min_length=1, max_length=Config.kMaxTitleLength)
    description: str | None = Field(default=None, max_length=Config.kMaxDescriptionLength)
    done: bool = False


class UpdateTodoRequest(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=Config.kMaxTitleLength)
    description: str | None = Field(default=None, max_length=Config.kMaxDescriptionLength)
    done: bool | None = None
