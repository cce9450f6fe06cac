from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import AuthenticationError, ConflictError
from app.core.security import create_access_token, decode_access_token, hash_password, verify_password
from app.models import User
from app.repositories.users import UserRepository
from app.schemas.users import Token, UserCreate


class AuthService:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self._session = session
        self._settings = settings
        self._users = UserRepository(session)

    async def register(self, data: UserCreate) -> User:
        if await self._users.get_by_username(data.username) is not None:
            raise ConflictError("Username is already taken")
        user = User(username=data.username, password_hash=await hash_password(data.password))
        try:
            await self._users.add(user)
            await self._session.commit()
        except IntegrityError:
            # two sign-ups raced for the same name; the unique constraint decided
            await self._session.rollback()
            raise ConflictError("Username is already taken") from None
        return user

    async def login(self, username: str, password: str) -> Token:
        user = await self._users.get_by_username(username)
        valid = await verify_password(password, user.password_hash if user else None)
        if user is None or not valid:
            raise AuthenticationError("Incorrect username or password")
        token = create_access_token(
            str(user.id),
            secret=self._settings.secret_key.get_secret_value(),
            algorithm=self._settings.jwt_algorithm,
            expires_minutes=self._settings.access_token_expire_minutes,
        )
        return Token(access_token=token)

    async def user_from_token(self, token: str) -> User:
        subject = decode_access_token(
            token,
            secret=self._settings.secret_key.get_secret_value(),
            algorithm=self._settings.jwt_algorithm,
        )
        if subject is None or not subject.isdigit():
            raise AuthenticationError("Could not validate credentials")
        user = await self._users.get(int(subject))
        if user is None:
            raise AuthenticationError("Could not validate credentials")
        return user
