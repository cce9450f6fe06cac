from sqlalchemy import select

from blogapi.domain.entities import UserEntity
from blogapi.repository.crud_repository import CrudRepository


class UserRepository(CrudRepository[UserEntity]):
    entity_class = UserEntity

    def find_by_username(self, username: str) -> UserEntity | None:
        return self._session.scalars(select(UserEntity).where(UserEntity.username == username)).first()

    def exists_by_username(self, username: str) -> bool:
        return self.find_by_username(username) is not None
