"""A very small gen_server for asyncio.

call/2 sends {Request, From} to the mailbox and waits for the reply with a
timeout, exactly like gen_server:call/3. The loop is started by the
supervisor; if handle_call raises, the caller gets the exception and the loop
dies, the supervisor decides what happens next.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Callable, Protocol

log = logging.getLogger("todo_otp.gen_server")

DEFAULT_CALL_TIMEOUT = 5.0


class CallTimeout(Exception):
    """Raised to the caller when the server did not answer in time."""


class NoProc(Exception):
    """Raised when nobody is consuming the mailbox (server is down)."""


class Callbacks(Protocol):
    def handle_call(self, request: tuple[Any, ...], state: Any) -> tuple[Any, Any]: ...


class GenServer:
    def __init__(self, name: str, mod: Callbacks, init_state: Callable[[], Any]) -> None:
        self.name = name
        self._mod = mod
        self._init_state = init_state
        self._mailbox: asyncio.Queue[tuple[tuple[Any, ...], asyncio.Future[Any]]] | None = None
        self._alive = False

    @property
    def alive(self) -> bool:
        return self._alive

    async def call(self, request: tuple[Any, ...], timeout: float = DEFAULT_CALL_TIMEOUT) -> Any:
        if self._mailbox is None or not self._alive:
            raise NoProc(self.name)
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        await self._mailbox.put((request, fut))
        try:
            return await asyncio.wait_for(fut, timeout)
        except asyncio.TimeoutError as exc:
            raise CallTimeout(f"{self.name} did not reply to {request[0]!r} in {timeout}s") from exc

    async def loop(self) -> None:
        """The process body. Never returns normally."""
        if self._mailbox is None:
            self._mailbox = asyncio.Queue(maxsize=1024)
        state = self._init_state()
        self._alive = True
        log.info("%s: started", self.name)
        try:
            while True:
                request, from_ = await self._mailbox.get()
                if from_.done():
                    # caller already gave up (timeout), drop it like a late reply
                    continue
                try:
                    reply, state = self._mod.handle_call(request, state)
                except Exception as exc:
                    from_.set_exception(exc)
                    raise
                from_.set_result(reply)
        finally:
            self._alive = False
            log.warning("%s: terminated", self.name)
