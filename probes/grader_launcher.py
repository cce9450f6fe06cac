"""The app the candidate's own launcher builds, for the grader's uvicorn to serve.

A factory that needs its configuration (`create_app(config)`, `new_app(cfg)`) cannot be served
with `uvicorn --factory`: the candidate starts it with `python -m pkg`, whose `__main__` loads
the configuration, builds the app and calls `uvicorn.run(app, ...)` or awaits
`uvicorn.Server(uvicorn.Config(app, ...)).serve()`. Served as `grader_launcher:app`, this module
runs that launcher (named by GRADER_LAUNCHER, a dotted module) as `__main__` with uvicorn's entry
points replaced by ones that keep the app and stop the launcher there; the grader's own command
then serves it on its own host and port, under its loop monitor.

Injected into the candidate's container (/opt/grader-probes); standard library and uvicorn only.
"""

from __future__ import annotations

import os
import runpy
import sys
import threading
from typing import Any

LAUNCHER = "GRADER_LAUNCHER"


class _Handover:
    """Where the launcher's thread leaves the app (or its failure) for the importing thread."""

    def __init__(self) -> None:
        self.outcome: dict[str, Any] = {}
        self.done = threading.Event()

    def keep(self, app: Any, factory: bool = False) -> None:
        """Hand the app over, then hold the launcher where uvicorn would be serving: what it
        does after serving (`finally: node.shutdown()` closing the database) must not run while
        the grader serves its app. The launcher's thread is a daemon: it ends with the process."""
        self.outcome["built"] = (app, factory)
        self.done.set()
        threading.Event().wait()


def build(target: str) -> Any:
    """Run `target` as __main__ until it hands uvicorn its app; return that app."""
    import uvicorn
    from uvicorn.importer import import_from_string

    handover = _Handover()

    def run(app: Any, *args: Any, **kwargs: Any) -> None:
        handover.keep(app, bool(kwargs.get("factory")))

    def server_run(self: Any, *args: Any, **kwargs: Any) -> None:
        handover.keep(self.config.app, bool(getattr(self.config, "factory", False)))

    async def server_serve(self: Any, *args: Any, **kwargs: Any) -> None:
        server_run(self)

    patched: list[tuple[Any, str, Any]] = [
        (uvicorn, "run", run),
        (uvicorn.Server, "run", server_run),
        (uvicorn.Server, "serve", server_serve),
    ]
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in patched]
    for owner, name, replacement in patched:
        setattr(owner, name, replacement)
    argv, sys.argv = sys.argv, [target]
    main = sys.modules.get("__main__")  # runpy swaps it in for a launcher that now never returns
    if os.getcwd() not in sys.path:  # `python -m pkg` from the project's root sees the root
        sys.path.append(os.getcwd())
    outcome = handover.outcome

    def launch() -> None:
        try:
            runpy.run_module(target, run_name="__main__", alter_sys=True)
        except BaseException as exc:  # handed to the importing thread, which raises it
            outcome["error"] = exc
        finally:
            handover.done.set()

    # Its own thread: uvicorn imports this module inside its running event loop, where the
    # launcher's `asyncio.run(main())` would be refused.
    worker = threading.Thread(target=launch, name="grader-launcher", daemon=True)
    try:
        worker.start()
        handover.done.wait()
    finally:
        sys.argv = argv
        if main is not None:
            sys.modules["__main__"] = main
        for owner, name, original in saved:
            setattr(owner, name, original)
    if "error" in outcome:
        raise outcome["error"]
    if "built" not in outcome:
        raise RuntimeError(f"{target} finished without handing uvicorn an app")
    app, factory = outcome["built"]
    if isinstance(app, str):
        app = import_from_string(app)
    return app() if factory else app


app = build(os.environ[LAUNCHER]) if LAUNCHER in os.environ else None
