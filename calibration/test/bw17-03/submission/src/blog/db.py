"""A tiny aiosqlite connection pool.

Every aiosqlite connection owns a worker thread, so queries never run on the event loop.
Readers share ``pool_size`` connections (WAL mode lets them run concurrently); writers also
take ``_write_lock``, because SQLite admits a single writer at a time and queueing them here
is cheaper than having them spin on SQLITE_BUSY inside the driver.
"""
import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import aiosqlite

SCHEMA = resources.files("blog").joinpath("schema.sql").read_text(encoding="utf-8")


class Database:
    def __init__(self, path: Path, pool_size: int) -> None:
        self._path = path
        self._size = pool_size
        self._pool: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()
        self._all: list[aiosqlite.Connection] = []
        self._write_lock = asyncio.Lock()

    async def open(self) -> None:
        for _ in range(self._size):
            # isolation_level=None: no implicit transactions, write() issues BEGIN itself.
            conn = await aiosqlite.connect(self._path, isolation_level=None)
            conn.row_factory = aiosqlite.Row
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA busy_timeout = 5000")
            self._all.append(conn)
            self._pool.put_nowait(conn)
        async with self._write_lock, self.read() as conn:
            await conn.executescript(SCHEMA)

    async def close(self) -> None:
        for conn in self._all:
            await conn.close()
        self._all.clear()

    @asynccontextmanager
    async def read(self) -> AsyncIterator[aiosqlite.Connection]:
        conn = await self._pool.get()
        try:
            yield conn
        finally:
            self._pool.put_nowait(conn)

    @asynccontextmanager
    async def write(self) -> AsyncIterator[aiosqlite.Connection]:
        """A connection inside a transaction: committed on success, rolled back on error."""
        async with self._write_lock, self.read() as conn:
            await conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                await conn.rollback()
                raise
            else:
                await conn.commit()
