import sqlite3
from importlib import resources

import click
from fastapi import Request


def connect(database):
    conn = sqlite3.connect(
        database,
        detect_types=sqlite3.PARSE_DECLTYPES,
        # FastAPI runs the dependency and the view in (possibly different) pool threads;
        # the connection is still only used by one request at a time.
        check_same_thread=False,
    )
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def get_db(request: Request):
    """Per-request connection, the equivalent of flask.g.db + teardown_appcontext."""
    db = connect(request.app.state.config["DATABASE"])
    try:
        yield db
    finally:
        db.close()


def init_db(database):
    db = connect(database)
    schema = resources.files("blog").joinpath("schema.sql").read_text()
    db.executescript(schema)
    db.close()


@click.command("init-db")
def init_db_command():
    """Clear the existing data and create new tables."""
    from .config import Config

    init_db(Config.DATABASE)
    click.echo("Initialized the database.")


if __name__ == "__main__":
    init_db_command()
