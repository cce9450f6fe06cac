"""An import that never returns (for the grader): it sleeps for 10 minutes, then gives up.

Bounded: the loop ends after 600 s.
"""

import time

from fastapi import FastAPI

deadline = time.monotonic() + 600
while time.monotonic() < deadline:
    time.sleep(1)
raise SystemExit("gave up waiting")

app = FastAPI(title="Import hang")
