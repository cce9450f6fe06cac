"""A very small actor runtime on top of asyncio.

Coming from Akka, I wanted the same guarantees here: every piece of mutable state
is owned by exactly one actor, and the only way to touch it is to send the actor a
message. An actor processes one message at a time, so its state needs no locks.

    tell(msg)        -> fire and forget
    ask(msg, timeout) -> awaitable reply (the `?` / `ask` pattern)
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class AskTimeout(Exception):
    """Raised when an actor does not reply within the ask timeout."""


@dataclass(frozen=True)
class Envelope:
    message: Any
    reply_to: asyncio.Future[Any] | None = None


class Actor:
    """Base class. Subclasses implement `receive` and return the reply (or None)."""

    def __init__(self, name: str, mailbox_size: int = 1024) -> None:
        self.name = name
        self._mailbox: asyncio.Queue[Envelope] = asyncio.Queue(maxsize=mailbox_size)
        self._task: asyncio.Task[None] | None = None

    async def receive(self, message: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=f"actor:{self.name}")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    async def tell(self, message: Any) -> None:
        await self._mailbox.put(Envelope(message))

    async def ask(self, message: Any, timeout: float = 5.0) -> Any:
        loop = asyncio.get_running_loop()
        promise: asyncio.Future[Any] = loop.create_future()
        await self._mailbox.put(Envelope(message, promise))
        try:
            return await asyncio.wait_for(promise, timeout)
        except asyncio.TimeoutError as exc:
            raise AskTimeout(f"{self.name} did not answer {type(message).__name__}") from exc

    async def _run(self) -> None:
        while True:
            envelope = await self._mailbox.get()
            try:
                reply = await self.receive(envelope.message)
            except Exception as exc:  # supervision: log, fail the ask, keep going (resume)
                log.exception("actor %s failed on %r", self.name, envelope.message)
                if envelope.reply_to is not None and not envelope.reply_to.done():
                    envelope.reply_to.set_exception(exc)
            else:
                if envelope.reply_to is not None and not envelope.reply_to.done():
                    envelope.reply_to.set_result(reply)
            finally:
                self._mailbox.task_done()


@dataclass
class ActorSystem:
    """Holds the actors of the application and manages their lifecycle."""

    actors: dict[str, Actor] = field(default_factory=dict)

    def spawn(self, actor: Actor) -> Actor:
        if actor.name in self.actors:
            raise ValueError(f"actor {actor.name} already exists")
        self.actors[actor.name] = actor
        actor.start()
        return actor

    async def terminate(self) -> None:
        for actor in list(self.actors.values()):
            await actor.stop()
        self.actors.clear()


class Ref(Generic[T]):
    """Typed handle to an actor, like ActorRef[T] in Akka Typed."""

    def __init__(self, actor: Actor) -> None:
        self._actor = actor

    async def ask(self, message: T, timeout: float = 5.0) -> Any:
        return await self._actor.ask(message, timeout)

    async def tell(self, message: T) -> None:
        await self._actor.tell(message)
