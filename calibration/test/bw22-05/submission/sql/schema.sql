-- Blog schema (PostgreSQL 14+).
-- Idempotent: the API runs this file on every start, under an advisory lock.

CREATE EXTENSION IF NOT EXISTS pgcrypto;   -- crypt()/gen_salt() for passwords, digest() for tokens

---------------------------------------------------------------------------
-- users
---------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS app_user (
    user_id       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text        NOT NULL,
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_format CHECK (username ~ '^[A-Za-z0-9_.-]{3,32}$'),
    CONSTRAINT app_user_password_is_bcrypt CHECK (password_hash LIKE '$2a$%')
);

-- usernames are unique regardless of case; this index also serves the login lookup
CREATE UNIQUE INDEX IF NOT EXISTS app_user_username_lower_uq ON app_user (lower(username));

---------------------------------------------------------------------------
-- session tokens (only the SHA-256 of the token is stored)
---------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS session_token (
    token_hash bytea       PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES app_user (user_id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    CONSTRAINT session_token_expires_after_created CHECK (expires_at > created_at)
);

CREATE INDEX IF NOT EXISTS session_token_user_id_idx    ON session_token (user_id);
CREATE INDEX IF NOT EXISTS session_token_expires_at_idx ON session_token (expires_at);

---------------------------------------------------------------------------
-- posts
---------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS post (
    post_id    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id  bigint      NOT NULL REFERENCES app_user (user_id),
    title      text        NOT NULL,
    content    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT post_title_length   CHECK (char_length(title)   BETWEEN 1 AND 200),
    CONSTRAINT post_content_length CHECK (char_length(content) BETWEEN 1 AND 20000)
);

CREATE INDEX IF NOT EXISTS post_author_id_idx ON post (author_id);
-- list order: newest first, post_id breaks ties
CREATE INDEX IF NOT EXISTS post_created_at_idx ON post (created_at DESC, post_id DESC);

CREATE OR REPLACE FUNCTION post_touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER post_touch_updated_at
    BEFORE UPDATE ON post
    FOR EACH ROW EXECUTE FUNCTION post_touch_updated_at();

---------------------------------------------------------------------------
-- comments
---------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS comment (
    comment_id bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id    bigint      NOT NULL REFERENCES post (post_id) ON DELETE CASCADE,
    author_id  bigint      NOT NULL REFERENCES app_user (user_id),
    body       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT comment_body_length CHECK (char_length(body) BETWEEN 1 AND 2000)
);

-- "comments of a post, oldest first" is the only read path
CREATE INDEX IF NOT EXISTS comment_post_id_created_at_idx ON comment (post_id, created_at, comment_id);
CREATE INDEX IF NOT EXISTS comment_author_id_idx ON comment (author_id);
