import os
import sqlite3

from config.database import db as db_config, active_group


def dict_factory(cursor, row):
    d = {}
    for idx, col in enumerate(cursor.description):
        d[col[0]] = row[idx]
    return d


class Db:
    """Small query builder, works like $this->db in CodeIgniter"""

    def __init__(self, database=None):
        if database is None:
            database = os.environ.get('BLOG_DB', db_config[active_group]['database'])
        self.conn = sqlite3.connect(database, check_same_thread=False)
        self.conn.row_factory = dict_factory
        self.last_id = None

    def query(self, sql, binds=()):
        cur = self.conn.execute(sql, binds)
        self.conn.commit()
        return cur

    def get_where(self, table, where, limit=None, offset=None):
        sql = 'SELECT * FROM ' + table
        binds = []
        if where:
            conds = []
            for key in where:
                conds.append(key + ' = ?')
                binds.append(where[key])
            sql += ' WHERE ' + ' AND '.join(conds)
        if limit is not None:
            sql += ' LIMIT ? OFFSET ?'
            binds.append(limit)
            binds.append(offset or 0)
        return self.query(sql, binds)

    def insert(self, table, data):
        cols = ', '.join(data.keys())
        marks = ', '.join(['?'] * len(data))
        cur = self.query(f'INSERT INTO {table} ({cols}) VALUES ({marks})', list(data.values()))
        self.last_id = cur.lastrowid
        return cur.rowcount

    def update(self, table, data, where):
        sets = ', '.join([k + ' = ?' for k in data])
        conds = ' AND '.join([k + ' = ?' for k in where])
        binds = list(data.values()) + list(where.values())
        cur = self.query(f'UPDATE {table} SET {sets} WHERE {conds}', binds)
        return cur.rowcount

    def delete(self, table, where):
        conds = ' AND '.join([k + ' = ?' for k in where])
        cur = self.query(f'DELETE FROM {table} WHERE {conds}', list(where.values()))
        return cur.rowcount

    def insert_id(self):
        return self.last_id


db = Db()


def install():
    db.conn.executescript('''
        CREATE TABLE IF NOT EXISTS users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username VARCHAR(50) NOT NULL UNIQUE,
            password VARCHAR(255) NOT NULL,
            created_at DATETIME DEFAULT CURRENT_TIMESTAMP
        );
        CREATE TABLE IF NOT EXISTS ci_sessions (
            token VARCHAR(64) PRIMARY KEY,
            user_id INTEGER NOT NULL,
            expires INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS posts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL,
            title VARCHAR(255) NOT NULL,
            content TEXT NOT NULL,
            created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
            updated_at DATETIME
        );
        CREATE TABLE IF NOT EXISTS comments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            post_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            body TEXT NOT NULL,
            created_at DATETIME DEFAULT CURRENT_TIMESTAMP
        );
    ''')
