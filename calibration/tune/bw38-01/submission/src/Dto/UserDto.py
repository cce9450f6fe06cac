from pydantic import BaseModel, ConfigDict, Field


class RegisterUserDto(BaseModel):
    username: str = Field(min_length=3, max_length=180, pattern=r"^[A-Za-z0-9_.-]+$")
    # 4096 = Symfony's PasswordHasherInterface::MAX_PASSWORD_LENGTH
    password: str = Field(min_length=8, max_length=4096)


class LoginDto(BaseModel):
    username: str = Field(min_length=1, max_length=180)
    password: str = Field(min_length=1, max_length=4096)


class UserOutput(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class TokenOutput(BaseModel):
    token: str
    token_type: str = "bearer"
    expires_in: int
