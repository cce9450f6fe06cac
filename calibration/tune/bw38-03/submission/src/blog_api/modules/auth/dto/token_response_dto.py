from blog_api.common.dto.base_dto import BaseDto


class TokenResponseDto(BaseDto):
    access_token: str
    token_type: str = "Bearer"
    expires_in: int
