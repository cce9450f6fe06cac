from typing import Optional

from pydantic import BaseModel


class SignupBody(BaseModel):
    username: str
    password: str


class LoginBody(BaseModel):
    username: str
    password: str


class CreateTodoBody(BaseModel):
    title: str
    description: Optional[str] = None
    completed: bool = False
