from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base, TimestampedModel, UTCDateTime


class User(TimestampedModel):
    __tablename__ = "accounts_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True, index=True)
    password: Mapped[str] = mapped_column(String(256))  # "<algorithm>$<iterations>$<salt>$<hash>", as in Django
    is_active: Mapped[bool] = mapped_column(default=True)


class AuthToken(Base):
    """Knox-style token: only a digest of the token is stored, each login gets its own token."""

    __tablename__ = "accounts_authtoken"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("accounts_user.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expiry: Mapped[datetime] = mapped_column(UTCDateTime)
