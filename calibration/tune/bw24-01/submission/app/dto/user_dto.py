from pydantic import BaseModel, ConfigDict, Field


class UserRegistrationRequestDto(BaseModel):
    username: str = Field(..., min_length=3, max_length=50)
    password: str = Field(..., min_length=8, max_length=128)


class UserResponseDto(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class TokenResponseDto(BaseModel):
    access_token: str
    token_type: str = "bearer"
