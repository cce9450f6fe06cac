"""one_for_one supervisor with restart intensity, in asyncio.

If a child exits more than `intensity` times within `period` seconds the
supervisor gives up and marks itself as failed; /health then answers 503 and
the orchestrator (systemd, k8s) restarts the whole node.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Awaitable, Callable

log = logging.getLogger("todo_otp.sup")


@dataclass
class ChildSpec:
    id: str
    start: Callable[[], Awaitable[None]]
    restart: str = "permanent"  # permanent | transient | temporary


@dataclass
class Supervisor:
    children: list[ChildSpec]
    intensity: int = 3
    period: float = 5.0
    failed: bool = False
    _tasks: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    _restarts: deque[float] = field(default_factory=deque)
    _stopping: bool = False

    def start_link(self) -> None:
        for spec in self.children:
            self._spawn(spec)

    def _spawn(self, spec: ChildSpec) -> None:
        task = asyncio.get_running_loop().create_task(spec.start(), name=spec.id)
        task.add_done_callback(lambda t, s=spec: self._on_exit(s, t))
        self._tasks[spec.id] = task

    def _on_exit(self, spec: ChildSpec, task: asyncio.Task[None]) -> None:
        if self._stopping:
            return
        reason = "shutdown" if task.cancelled() else repr(task.exception())
        log.error("child %s exited: %s", spec.id, reason)
        if spec.restart == "temporary":
            return
        if spec.restart == "transient" and reason in ("shutdown", "None"):
            return
        now = time.monotonic()
        self._restarts.append(now)
        while self._restarts and now - self._restarts[0] > self.period:
            self._restarts.popleft()
        if len(self._restarts) > self.intensity:
            log.critical("reached max restart intensity (%d in %.1fs), giving up",
                         self.intensity, self.period)
            self.failed = True
            return
        self._spawn(spec)

    def which_children(self) -> dict[str, str]:
        return {cid: ("running" if not t.done() else "dead") for cid, t in self._tasks.items()}

    async def stop(self) -> None:
        self._stopping = True
        for t in self._tasks.values():
            t.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
