from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class RegisterReq(BaseModel):
    username: str = Field(..., min_length=3, max_length=64, pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(..., min_length=6, max_length=64)


class LoginReq(BaseModel):
    username: str = Field(..., min_length=1, max_length=64)
    password: str = Field(..., min_length=1, max_length=64)


class TokenResp(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class UserResp(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime
