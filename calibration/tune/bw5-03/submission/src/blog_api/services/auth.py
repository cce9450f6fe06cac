from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from ..domain.errors import Conflict, Unauthorized
from ..domain.models import AccessToken, User
from ..infrastructure.repositories import TokenRepository, UserRepository
from ..infrastructure.security import PasswordService, TokenFactory


class AuthService:
    def __init__(
        self,
        session: Session,
        users: UserRepository,
        tokens: TokenRepository,
        passwords: PasswordService,
        token_ttl: timedelta,
    ) -> None:
        self.session = session
        self.users = users
        self.tokens = tokens
        self.passwords = passwords
        self.token_ttl = token_ttl

    def register(self, username: str, password: str) -> User:
        if self.users.by_username(username) is not None:
            raise Conflict("Username already taken")
        user = self.users.add(User(username=username, password_hash=self.passwords.hash(password)))
        self.session.commit()
        return user

    def issue_token(self, username: str, password: str) -> tuple[str, int]:
        user = self.users.by_username(username)
        if user is None or not self.passwords.verify(user.password_hash, password):
            raise Unauthorized("Incorrect username or password")
        now = datetime.now(UTC)
        token = TokenFactory.new_token()
        self.tokens.purge_expired(now)
        self.tokens.add(
            AccessToken(
                digest=TokenFactory.digest(token), user_id=user.id, expires_at=now + self.token_ttl
            )
        )
        self.session.commit()
        return token, int(self.token_ttl.total_seconds())

    def authenticate(self, token: str) -> User:
        user = self.tokens.user_for_digest(TokenFactory.digest(token), datetime.now(UTC))
        if user is None:
            raise Unauthorized("Invalid or expired token")
        return user
