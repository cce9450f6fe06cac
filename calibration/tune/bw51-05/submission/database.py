# database.py
# =====================================================
# This file sets up the connection to our database 🗄️
# We use SQLite because it is super easy (it's just a file!)
# =====================================================

from sqlmodel import SQLModel, create_engine, Session

# The URL of our database. "sqlite:///" means it is a SQLite file
# and "todos.db" is the name of the file that will be created
DATABASE_URL = "sqlite:///./todos.db"

# The engine is the "connection" to the database
# echo=True prints all the SQL queries in the terminal, very useful for learning! 🤓
# check_same_thread=False is needed for SQLite to work with FastAPI
engine = create_engine(DATABASE_URL, echo=True, connect_args={"check_same_thread": False})


def create_db_and_tables():
    # This creates all the tables from our models (User, Todo, Tag)
    # If the tables already exist it does nothing, so it's safe to call many times
    SQLModel.metadata.create_all(engine)


def get_session():
    # This is a "dependency" that gives a database session to each endpoint
    # The "with" makes sure the session is closed after the request is done ✅
    with Session(engine) as session:
        yield session
