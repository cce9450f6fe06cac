"""All SQL lives here. Handlers never build SQL themselves."""

POST_COLUMNS = "id, author_id, title, content, created_at, updated_at"
COMMENT_COLUMNS = "id, post_id, author_id, content, created_at"


def create_user(conn, username, password_hash):
    with conn:
        cur = conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, password_hash)
        )
    return cur.lastrowid


def get_user_by_name(conn, username):
    return conn.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
    ).fetchone()


def get_username(conn, user_id):
    row = conn.execute("SELECT username FROM users WHERE id = ?", (user_id,)).fetchone()
    return row["username"] if row else None


def count_posts(conn):
    return conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]


def list_posts(conn, limit, offset):
    return conn.execute(
        f"SELECT {POST_COLUMNS} FROM posts ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()


def get_post(conn, post_id):
    return conn.execute(f"SELECT {POST_COLUMNS} FROM posts WHERE id = ?", (post_id,)).fetchone()


def create_post(conn, author_id, title, content):
    with conn:
        cur = conn.execute(
            "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
            (author_id, title, content),
        )
    return cur.lastrowid


def update_post(conn, post_id, title, content):
    with conn:
        conn.execute(
            "UPDATE posts SET title = ?, content = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?",
            (title, content, post_id),
        )


def delete_post(conn, post_id):
    with conn:
        conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))


def count_comments(conn, post_id):
    return conn.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)).fetchone()[0]


def list_comments(conn, post_id, limit, offset):
    return conn.execute(
        f"SELECT {COMMENT_COLUMNS} FROM comments WHERE post_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ).fetchall()


def create_comment(conn, post_id, author_id, content):
    with conn:
        cur = conn.execute(
            "INSERT INTO comments (post_id, author_id, content) VALUES (?, ?, ?)",
            (post_id, author_id, content),
        )
    return cur.lastrowid


def get_comment(conn, comment_id):
    return conn.execute(
        f"SELECT {COMMENT_COLUMNS} FROM comments WHERE id = ?", (comment_id,)
    ).fetchone()
