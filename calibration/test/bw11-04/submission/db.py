import sqlite3
import os

from config import CONFIG


def get_db():
    conn = sqlite3.connect(CONFIG["db_file"])
    conn.row_factory = sqlite3.Row
    return conn


def install():
    # run schema.sql, like an install.php
    conn = get_db()
    schema_file = os.path.join(os.path.dirname(__file__), "schema.sql")
    with open(schema_file) as f:
        conn.executescript(f.read())
    conn.commit()
    conn.close()


def query(sql, params=[]):
    # returns all rows as an array of dicts (like fetchAll(PDO::FETCH_ASSOC))
    conn = get_db()
    rows = conn.execute(sql, params).fetchall()
    conn.close()
    result = []
    for row in rows:
        result.append(dict(row))
    return result


def query_one(sql, params=[]):
    rows = query(sql, params)
    if len(rows) == 0:
        return None
    return rows[0]


def execute(sql, params=[]):
    # INSERT / UPDATE / DELETE, returns last insert id
    conn = get_db()
    cur = conn.execute(sql, params)
    conn.commit()
    last_id = cur.lastrowid
    conn.close()
    return last_id
