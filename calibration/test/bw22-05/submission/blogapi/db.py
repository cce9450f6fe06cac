import os
from pathlib import Path

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

DATABASE_URL = os.environ["DATABASE_URL"]

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "sql" / "schema.sql"

# arbitrary key for pg_advisory_xact_lock, so two workers starting at once
# don't run the DDL concurrently
SCHEMA_LOCK_KEY = 74210901

pool = ConnectionPool(
    DATABASE_URL,
    min_size=2,
    max_size=10,
    open=False,
    kwargs={
        "row_factory": dict_row,
        # nothing this API does should take longer than this
        "options": "-c statement_timeout=5000 -c lock_timeout=2000",
    },
)


def apply_schema():
    ddl = SCHEMA_FILE.read_text()
    with pool.connection() as conn:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK_KEY,))
            conn.execute(ddl)
