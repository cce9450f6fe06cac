"""
Storage layer.

Every table is a dict of columns (column name -> list of values), i.e. the same shape
you would pass to pd.DataFrame(...). Row i of a table is the i-th element of every
column. The whole thing is pickled to disk after each write so it survives restarts.
"""
import os
import pickle
import hashlib

import pandas as pd

DATA_FILE = os.environ.get("BLOG_DATA_FILE", "blog_data.pkl")
SALT = "blog-api-salt-v1"

TABLES = {
    "users": {"user_id": [], "username": [], "password": [], "created": []},
    "posts": {"post_id": [], "title": [], "content": [], "author": [], "created": [], "updated": []},
    "comments": {"comment_id": [], "post_id": [], "author": [], "text": [], "created": []},
}

# token -> username
TOKENS = {}


def load():
    if os.path.exists(DATA_FILE):
        with open(DATA_FILE, "rb") as f:
            TABLES.update(pickle.load(f))


def save():
    with open(DATA_FILE, "wb") as f:
        pickle.dump(TABLES, f)


def append_row(table, **row):
    for col in TABLES[table]:
        TABLES[table][col].append(row.get(col))


def find_idx(table, col, value):
    """indices of the rows where `col == value` (like df.index[df[col] == value])"""
    return [i for i, v in enumerate(TABLES[table][col]) if v == value]


def get_row(table, i):
    return {col: values[i] for col, values in TABLES[table].items()}


def delete_rows(table, idxs):
    for col in TABLES[table]:
        TABLES[table][col] = [v for j, v in enumerate(TABLES[table][col]) if j not in idxs]


def next_id(table, id_col):
    ids = TABLES[table][id_col]
    return max(ids) + 1 if ids else 1


def to_df(table):
    return pd.DataFrame(TABLES[table])


def hash_pw(pw):
    return hashlib.sha256((SALT + pw).encode()).hexdigest()
