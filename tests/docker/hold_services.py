"""Start one fixture's servers with `start_services` and hold them until killed: the victim of
the SIGKILL test in test_services.py. Prints `READY <network>` once they answer.

    python -m tests.docker.hold_services FIXTURE WORKSPACE SETTINGS_JSON
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from grader.phases.services import start_services
from grader.sandbox.engine import connect
from grader.settings import GradeSettings
from tests.docker.test_services import make_context


def main(folder: str, workspace: str, settings_json: str) -> None:
    settings = GradeSettings.model_validate_json(settings_json)
    ctx = make_context(Path(folder), Path(workspace), connect(), settings)
    started = start_services(ctx)
    print(f"READY {started.network}", flush=True)
    time.sleep(600)


if __name__ == "__main__":
    main(*sys.argv[1:4])
