from __future__ import annotations

import json
import os
import tomllib
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from grader import GradeSettings, Report, grade, pipeline
from grader.models import PhaseName, PhaseStatus
from grader.sandbox.engine import LABEL_MANAGED, LABEL_OWNER_PID, connect
from tests.conftest import BASE_IMAGE, SAMPLES

SAMPLE_NAMES = sorted(p.name for p in SAMPLES.iterdir() if (p / "expected.toml").is_file())


@pytest.fixture(scope="session")
def docker_client() -> Any:
    """The real engine; the docker tier fails loudly (never skips) when it is missing."""
    return connect()


@pytest.fixture(scope="session")
def settings() -> GradeSettings:
    """Bounded like production, a little smaller: the docker tier has a CI budget."""
    return GradeSettings(base_image=BASE_IMAGE, fuzz_max_examples=12, load_seconds=4.0)


def zip_folder(folder: Path, target: Path, top: str | None = None) -> Path:
    """Zip a sample the way a candidate would hand it in: one top-level folder."""
    top = top or folder.name
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.name != "expected.toml":
                zf.write(path, f"{top}/{path.relative_to(folder).as_posix()}")
    return target


def expected(sample: str) -> dict[str, Any]:
    with (SAMPLES / sample / "expected.toml").open("rb") as fh:
        return tomllib.load(fh)


def managed_objects(client: Any, owner_pid: int | None = None) -> list[str]:
    """Labelled containers, networks and images left by gradings of one grader process (this
    one by default)."""
    pid = os.getpid() if owner_pid is None else owner_pid
    flt = {"label": [f"{LABEL_MANAGED}=true", f"{LABEL_OWNER_PID}={pid}"]}
    return (
        [c.name for c in client.containers.list(all=True, filters=flt, ignore_removed=True)]
        + [str(n["Name"]) for n in client.api.networks(filters=flt)]
        + [str(i.tags) for i in client.images.list(filters=flt)]
    )


@pytest.fixture(scope="session")
def graded_samples(
    settings: GradeSettings, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Report]:
    """Every sample graded once per session, zipped as a reviewer would get it, two at a time
    (builds overlap; the machine lock keeps load phases apart)."""
    tmp = tmp_path_factory.mktemp("samples")

    def one(sample: str) -> Report:
        return grade(zip_folder(SAMPLES / sample, tmp / f"{sample}.zip"), settings)

    with ThreadPoolExecutor(max_workers=2) as pool:
        reports = dict(zip(SAMPLE_NAMES, pool.map(one, SAMPLE_NAMES), strict=True))
    keep = os.environ.get("GRADER_SAMPLE_REPORTS")  # a folder to keep them in, for a look
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for name, report in reports.items():
            (Path(keep) / f"{name}.json").write_text(report.model_dump_json(indent=2))
    return reports


def grade_with_phases(
    needed: set[PhaseName], jobs: dict[str, tuple[Path, GradeSettings]]
) -> dict[str, Report]:
    """Grade each job's archive with its settings, running only the `needed` phases (the rest
    are recorded as skipped), two gradings at a time."""
    phases = tuple(p for p in pipeline.PHASES if p.name in needed)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "PHASES", phases)
        with ThreadPoolExecutor(max_workers=2) as pool:
            return dict(zip(jobs, pool.map(lambda key: grade(*jobs[key]), jobs), strict=True))


def phase_result(report: Report, name: PhaseName) -> tuple[PhaseStatus, str]:
    result = next(p for p in report.phases if p.name == name)
    return result.status, result.reason


_WRITE_THEN_READ = """
import json, urllib.error, urllib.request as u

def send(request):
    try:
        with u.urlopen(request, timeout=10) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()

created = u.Request(BASE + PATH, data=BODY.encode(),
                    headers={"content-type": "application/json"}, method="POST")
print(json.dumps([send(created), send(BASE + PATH)]))
"""


def write_then_read(ctx: Any, path: str, body: dict[str, Any]) -> list[tuple[int, str]]:
    """A POST of `body` to `path`, then a GET of `path`, sent from the probe sidecar (on the
    app's loopback): [(status, text), (status, text)]."""
    from grader.sandbox.containers import BASE_URL

    script = f"BASE = {BASE_URL!r}\nPATH = {path!r}\nBODY = {json.dumps(body)!r}\n"
    code, output = ctx.sidecar().exec_run(["python", "-c", script + _WRITE_THEN_READ])
    text = output.decode("utf-8", "replace")
    assert code == 0, text
    return [tuple(pair) for pair in json.loads(text.strip().splitlines()[-1])]
