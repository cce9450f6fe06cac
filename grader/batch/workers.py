"""Huey consumers that grade: `grade worker` on any machine, or N local ones for a SQLite batch.

A worker is Huey's own Consumer with process workers: each grading runs in a forked child, so
SIGTERM interrupts it (KeyboardInterrupt: the pipeline removes its containers) and a crash takes
nothing else down. A child asks the kernel to kill it when its consumer dies, so a consumer killed
with SIGKILL leaves no orphan taking jobs; the containers it leaves are swept by the next grading
on the machine (grader/sandbox/sweep.py).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO, Any

from grader.batch.broker import open_broker

_PR_SET_PDEATHSIG = 1
_RESTARTS_PER_WORKER = 3


def _die_with_parent(parent: int) -> None:
    """Linux: SIGKILL this child when the consumer that forked it exits, however it exits."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)


def _interrupt_once(huey: Any) -> None:
    """The first SIGTERM interrupts the running grading; later ones let its cleanup finish."""

    def handler(signum: int, frame: FrameType | None) -> None:
        if huey._tasks_in_flight:
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def run_worker(broker: str, concurrency: int = 1, verbose: bool = True) -> None:
    """Run a consumer on `broker` until SIGINT (finish the gradings, then stop) or SIGTERM."""
    if verbose:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s"
        )
    huey = open_broker(broker).huey
    parent = os.getpid()

    def _child_setup() -> None:
        if os.getpid() != parent:
            _die_with_parent(parent)
            _interrupt_once(huey)

    huey.on_startup()(_child_setup)

    consumer = huey.create_consumer(
        workers=max(1, concurrency),
        worker_type="process",
        periodic=False,
        max_delay=1.0,
        health_check_interval=5,
    )
    consumer.run()


class LocalWorkers:
    """N `python -m grader.batch worker` processes on this machine, restarted when one dies and
    always stopped at the end: gracefully after a finished batch, at once after Ctrl-C."""

    def __init__(self, broker: str, count: int, log_dir: Path) -> None:
        self.broker = broker
        self.count = count
        self.log_dir = log_dir
        self.procs: list[subprocess.Popen[bytes]] = []
        self._logs: list[IO[bytes]] = []
        self._restarts = 0

    def __enter__(self) -> LocalWorkers:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        for slot in range(self.count):
            self.procs.append(self._spawn(slot))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop(graceful=exc_type is None)

    def _spawn(self, slot: int) -> subprocess.Popen[bytes]:
        log = (self.log_dir / f"worker-{slot + 1}.log").open("ab")
        self._logs.append(log)
        command = [sys.executable, "-m", "grader.batch", "worker", "--broker", self.broker]
        # A session of its own: the terminal's Ctrl-C reaches the batch, which stops workers.
        return subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip

    def alive(self) -> int:
        return sum(1 for proc in self.procs if proc.poll() is None)

    def supervise(self) -> int:
        """Restart workers that died (a bounded number of times); returns how many run."""
        for slot, proc in enumerate(self.procs):
            if proc.poll() is not None and self._restarts < _RESTARTS_PER_WORKER * self.count:
                self._restarts += 1
                self.procs[slot] = self._spawn(slot)
        return self.alive()

    def stop(self, graceful: bool = True, timeout: float = 30.0) -> None:
        """SIGINT lets an idle consumer finish; SIGTERM interrupts gradings; SIGKILL at last."""
        first = signal.SIGINT if graceful else signal.SIGTERM
        for proc in self.procs:
            _signal(proc, first)
        deadline = time.monotonic() + timeout
        for proc in self.procs:
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal(proc, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                _signal(proc, signal.SIGKILL)
                proc.wait()
        for log in self._logs:
            log.close()


def _signal(proc: subprocess.Popen[bytes], signum: int) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signum)
