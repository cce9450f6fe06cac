"""An in-tree PEP 517 backend: whatever builds this project runs this code.

It writes a marker at a fixed host path (the grader must build inside a container, so the
marker never appears on the host), looks for escape routes from the build, then builds a
tiny wheel whose module the app imports: a graded, started app proves this code ran.
Bounded: one small file written outside the folder, no network, no processes.
"""

import base64
import hashlib
import os
import zipfile

MARKER_DIR = "/tmp/grader-hostile-markers"
NAME = "hostile_build_backend"
VERSION = "0.1.0"
MODULE = 'RAN_IN = "the build"\n'


def _mark():
    os.makedirs(MARKER_DIR, exist_ok=True)
    with open(os.path.join(MARKER_DIR, "build_backend"), "w") as fh:
        fh.write("the build backend ran here\n")


def _escape_routes():
    routes = []
    if "GRADER_CANARY" in os.environ:
        routes.append("the grader's own environment reached the build")
    for sock in ("/var/run/docker.sock", "/run/docker.sock"):
        if os.path.exists(sock):
            routes.append(f"{sock} is reachable from the build")
    return routes


def _record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def get_requires_for_build_wheel(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    _mark()
    routes = _escape_routes()
    if routes:
        raise SystemExit("escape route found: " + "; ".join(routes))
    info = f"{NAME}-{VERSION}.dist-info"
    files = {
        "hostile_build_proof.py": MODULE.encode(),
        f"{info}/METADATA": (
            f"Metadata-Version: 2.1\nName: {NAME.replace('_', '-')}\nVersion: {VERSION}\n"
        ).encode(),
        f"{info}/WHEEL": (
            "Wheel-Version: 1.0\nGenerator: hostile_backend\nRoot-Is-Purelib: true\n"
            "Tag: py3-none-any\n"
        ).encode(),
    }
    record = [_record_line(name, data) for name, data in files.items()]
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    wheel = f"{NAME}-{VERSION}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel), "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return wheel
