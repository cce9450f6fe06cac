"""Readiness and schema fetching from the sidecar. Standard library only: it must run anywhere.

Usage: python -m probes.ready wait URL SECONDS
       python -m probes.ready fetch URL OUT MAX_BYTES
Prints one JSON line; the grader parses it.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

_LOOPBACK_PREFIXES = ("127.", "localhost")


def _check_loopback(url: str) -> None:
    host = urllib.parse.urlsplit(url).hostname or ""
    if not host.startswith(_LOOPBACK_PREFIXES):
        raise SystemExit(f"refusing non-loopback url {url}")


def wait(url: str, seconds: float) -> dict[str, object]:
    """Poll until the app answers anything at all (a 404 counts: the server is up)."""
    started = time.monotonic()
    last_error = ""
    while time.monotonic() - started < seconds:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return {"ok": True, "status": response.status, "error": ""}
        except urllib.error.HTTPError as exc:
            return {"ok": True, "status": exc.code, "error": ""}
        except (OSError, ValueError) as exc:
            last_error = str(exc)[:200]
            time.sleep(0.2)
    return {"ok": False, "status": None, "error": last_error}


def fetch(url: str, out: str, max_bytes: int) -> dict[str, object]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            body = response.read(max_bytes + 1)
            status = response.status
    except urllib.error.HTTPError as exc:
        return {"ok": False, "status": exc.code, "error": f"HTTP {exc.code}"}
    except (OSError, ValueError) as exc:
        return {"ok": False, "status": None, "error": str(exc)[:200]}
    if len(body) > max_bytes:
        return {"ok": False, "status": status, "error": f"schema larger than {max_bytes} bytes"}
    try:
        document = json.loads(body)
    except ValueError:
        return {"ok": False, "status": status, "error": "schema is not JSON"}
    if not isinstance(document, dict) or "paths" not in document:
        return {"ok": False, "status": status, "error": "not an OpenAPI document"}
    with open(out, "wb") as handle:
        handle.write(body)
    return {"ok": True, "status": status, "error": ""}


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "wait":
        _check_loopback(argv[1])
        result = wait(argv[1], float(argv[2]))
    elif len(argv) >= 4 and argv[0] == "fetch":
        _check_loopback(argv[1])
        result = fetch(argv[1], argv[2], int(argv[3]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
