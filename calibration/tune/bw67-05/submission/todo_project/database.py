from sqlalchemy import create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

from todo_project import settings

# pool_recycle: MariaDB drops idle connections after wait_timeout
engine = create_engine(settings.DATABASE_URL, pool_pre_ping=True, pool_recycle=3600)
SessionLocal = sessionmaker(bind=engine, autoflush=False)

Base = declarative_base()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
