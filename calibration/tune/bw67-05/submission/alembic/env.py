from logging.config import fileConfig

from alembic import context

from todo_project.database import Base, engine
from todo_project.todos import models as todos_models  # noqa: F401
from todo_project.users import models as users_models  # noqa: F401

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

target_metadata = Base.metadata


def run_migrations_online():
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
