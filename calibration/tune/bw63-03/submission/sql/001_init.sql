-- Schema for the todo API. Idempotent, applied at startup.

CREATE TABLE IF NOT EXISTS app_user (
    id          BIGSERIAL    PRIMARY KEY,
    username    VARCHAR(32)  NOT NULL UNIQUE,
    pw_hash     BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- flags: bit 0 = done, bit 1 = pinned (see todo_api/flags.py)
CREATE TABLE IF NOT EXISTS todo (
    id          BIGSERIAL     PRIMARY KEY,
    owner_id    BIGINT        NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    flags       SMALLINT      NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS todo_owner_idx ON todo (owner_id);
