from todo_api.config import ApplicationProperties
from todo_api.security import JwtTokenProvider, PasswordEncoder


async def test_password_encoder_round_trip() -> None:
    encoder = PasswordEncoder()
    encoded = await encoder.encode("password123")
    assert encoded != "password123"
    assert await encoder.matches("password123", encoded)


def test_jwt_round_trip() -> None:
    provider = JwtTokenProvider(ApplicationProperties())
    token = provider.create_token(42)
    assert provider.get_user_id(token) == 42
