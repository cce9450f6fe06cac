from sqlalchemy import create_engine
from sqlalchemy.orm import declarative_base, scoped_session, sessionmaker


class Database:
    """A very small stand-in for Flask-SQLAlchemy's `db` object.

    Gives us `db.Model`, `db.session` and `db.create_all()` so models and views
    read the way they would in a Flask project.
    """

    def __init__(self):
        self.Model = declarative_base()
        self.engine = None
        self.session = scoped_session(sessionmaker())

    def init_app(self, app, uri):
        connect_args = {"check_same_thread": False} if uri.startswith("sqlite") else {}
        self.engine = create_engine(uri, connect_args=connect_args)
        self.session.remove()
        self.session.configure(bind=self.engine)

        @app.middleware("http")
        async def shutdown_session(request, call_next):
            # equivalent of @app.teardown_appcontext
            try:
                return await call_next(request)
            finally:
                self.session.remove()

    def create_all(self):
        self.Model.metadata.create_all(self.engine)


db = Database()
