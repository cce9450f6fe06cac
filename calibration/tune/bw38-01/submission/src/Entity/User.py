from datetime import datetime, timezone

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from src.Database import Base


class User(Base):
    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(180), unique=True)
    password: Mapped[str] = mapped_column(String(255))
    roles: Mapped[str] = mapped_column(String(255), default="ROLE_USER")
    createdAt: Mapped[datetime] = mapped_column(
        "created_at", DateTime, default=lambda: datetime.now(timezone.utc)
    )

    def getRoles(self) -> list[str]:
        return self.roles.split(",")
