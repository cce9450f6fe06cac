import sqlite3
from pathlib import Path

from blog.globals import config, g

SCHEMA = Path(__file__).parent / "schema.sql"


def get_db():
    """Opens one connection per request and keeps it on g."""
    if "db" not in g:
        g.db = sqlite3.connect(config["DATABASE"], detect_types=sqlite3.PARSE_DECLTYPES)
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(e=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_db():
    """Clear the existing data and create new tables."""
    db = sqlite3.connect(config["DATABASE"])
    db.executescript(SCHEMA.read_text())
    db.close()
