-- Schema for the todo API. Idempotent: executed on every start-up.
--
-- Timestamps are ISO-8601 UTC strings with millisecond precision. They sort
-- lexicographically in chronological order, which is all we need from them.

CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY,              -- alias of the rowid
    username      TEXT    NOT NULL UNIQUE,          -- UNIQUE => sqlite_autoindex_users_1
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT             CHECK (description IS NULL OR length(description) <= 2000),
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Every todo query is scoped by owner. (owner_id, id) serves
--   * the page query   WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?  (no sort step),
--   * the count query  WHERE owner_id = ?                               (covering),
--   * the FK check for ON DELETE CASCADE on users (leading column).
-- Point lookups WHERE id = ? AND owner_id = ? go through the rowid instead.
CREATE INDEX IF NOT EXISTS todos_owner_id_id ON todos (owner_id, id);
