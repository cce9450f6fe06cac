from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from blog_service.application.services import CommentService, PostService, UserService
from blog_service.core.config import Settings
from blog_service.domain.unit_of_work import AbstractUnitOfWork
from blog_service.infrastructure.orm import metadata, start_mappers
from blog_service.infrastructure.security import SecurityFactory
from blog_service.infrastructure.unit_of_work import SqlAlchemyUnitOfWork


class Container:
    """Composition root: wires infrastructure implementations into application services."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        connect_args = (
            {"check_same_thread": False} if settings.database_url.startswith("sqlite") else {}
        )
        self.engine = create_engine(settings.database_url, connect_args=connect_args)
        self.session_factory: sessionmaker[Session] = sessionmaker(bind=self.engine)
        self.password_hasher = SecurityFactory.create_password_hasher(settings)
        self.token_service = SecurityFactory.create_token_service(settings)

    def init_database(self) -> None:
        start_mappers()
        metadata.create_all(self.engine)

    def uow_factory(self) -> AbstractUnitOfWork:
        return SqlAlchemyUnitOfWork(self.session_factory)

    def user_service(self) -> UserService:
        return UserService(self.uow_factory, self.password_hasher, self.token_service)

    def post_service(self) -> PostService:
        return PostService(self.uow_factory)

    def comment_service(self) -> CommentService:
        return CommentService(self.uow_factory)
