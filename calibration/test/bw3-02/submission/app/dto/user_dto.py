from pydantic import BaseModel, ConfigDict, Field


class UserCreateDTO(BaseModel):
    username: str = Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class UserDTO(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class TokenDTO(BaseModel):
    access_token: str
    token_type: str = "bearer"
