"""The Huey instance a batch and its workers share: SQLite in the output folder, or Redis.

SQLite needs no server and suits one machine; Redis lets workers on several machines (each with
its own Docker engine) take jobs from one queue. Both sides open the broker the same way, so the
grading task is registered under the same name everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from huey import RedisHuey, SqliteHuey

QUEUE_NAME = "grader-batch"
_SQLITE = "sqlite:///"
_REDIS = ("redis://", "rediss://", "unix://")


class BrokerError(Exception):
    """The broker URL is not one this grader understands."""


def sqlite_broker(out: Path) -> str:
    """The embedded default: a queue file in the batch's own output folder."""
    return _SQLITE + str((out / ".grader-batch" / "queue.db").resolve())


def is_sqlite(broker: str) -> bool:
    return broker.startswith(_SQLITE)


@dataclass(frozen=True)
class Broker:
    """The Huey instance and the grading task registered on it (a Huey `TaskWrapper`)."""

    huey: Any
    grade_task: Any


def open_broker(broker: str) -> Broker:
    """A Huey on `broker` with the grading task registered; intermediate errors are not stored,
    so a result is either the report or the final failure after every retry."""
    from grader.batch.tasks import register

    if is_sqlite(broker):
        path = Path(broker[len(_SQLITE) - 1 :])
        path.parent.mkdir(parents=True, exist_ok=True)
        huey: Any = SqliteHuey(
            QUEUE_NAME, filename=str(path), store_intermediate_errors=False, timeout=30
        )
    elif broker.startswith(_REDIS):
        huey = RedisHuey(QUEUE_NAME, url=broker, store_intermediate_errors=False)
    else:
        raise BrokerError(f"unsupported broker {broker!r}: use redis://HOST:PORT/DB")
    return Broker(huey=huey, grade_task=register(huey))
