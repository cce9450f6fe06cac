from datetime import datetime, timedelta, timezone
from typing import Optional

from jose import JWTError, jwt
from passlib.context import CryptContext

from app.config.settings import Settings

password_context = CryptContext(schemes=["bcrypt"], deprecated="auto")


class TokenService:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def issue(self, username: str) -> str:
        expires = datetime.now(timezone.utc) + timedelta(minutes=self.settings.jwt_expires_minutes)
        return jwt.encode(
            {"sub": username, "exp": expires},
            self.settings.jwt_secret,
            algorithm=self.settings.jwt_algorithm,
        )

    def parse_subject(self, token: str) -> Optional[str]:
        try:
            payload = jwt.decode(
                token, self.settings.jwt_secret, algorithms=[self.settings.jwt_algorithm]
            )
        except JWTError:
            return None
        return payload.get("sub")
