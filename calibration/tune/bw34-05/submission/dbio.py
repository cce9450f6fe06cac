# ****************************************************************
# * DBIO - FILE SECTION. ALL DATABASE ACCESS GOES THROUGH HERE.   *
# * THE DATABASE IS A SQLITE FILE. LOCATION FROM ENV TODO_DBFILE. *
# ****************************************************************
import os
import sqlite3

DBFILE = os.environ.get("TODO_DBFILE", "todo.db")

DDL = """
CREATE TABLE IF NOT EXISTS USERS (
    USER_ID      INTEGER PRIMARY KEY,
    USERNAME     CHAR(20) NOT NULL UNIQUE,
    PW_SALT      CHAR(16) NOT NULL,
    PW_HASH      CHAR(64) NOT NULL,
    CREATED_AT   CHAR(26) NOT NULL
);
CREATE TABLE IF NOT EXISTS SESSIONS (
    TOKEN        CHAR(32) PRIMARY KEY,
    USER_ID      INTEGER NOT NULL,
    EXPIRES_AT   CHAR(26) NOT NULL
);
CREATE TABLE IF NOT EXISTS TODO (
    TODO_ID      INTEGER PRIMARY KEY,
    USER_ID      INTEGER NOT NULL,
    TITLE        CHAR(80) NOT NULL,
    DESCR        VARCHAR(500),
    DONE_FLAG    CHAR(1) NOT NULL DEFAULT 'N',
    CREATED_AT   CHAR(26) NOT NULL,
    UPDATED_AT   CHAR(26) NOT NULL
);
"""


def OPEN_DB():
    conn = sqlite3.connect(DBFILE)
    conn.row_factory = sqlite3.Row
    return conn


def CLOSE_DB(conn):
    conn.commit()
    conn.close()


def INIT_DB():
    conn = OPEN_DB()
    conn.executescript(DDL)
    CLOSE_DB(conn)
    print("*** DBIO: DATABASE INITIALISED FILE=" + DBFILE)
