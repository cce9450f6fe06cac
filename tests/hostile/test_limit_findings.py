"""limit_findings against a stand-in container (no Docker): each limit hit names its value.

Unit tier. The real containers are exercised by tests/docker/test_hostile.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docker.errors import APIError, NotFound

from grader import GradeSettings
from grader.phases.limits import limit_findings
from grader.settings import ContainerLimits

SETTINGS = GradeSettings(
    limits=ContainerLimits(memory_mb=640, pids=96, log_bytes=1_000_000, app_disk_mb=48)
)


class FakeContainer:
    """Just what limit_findings asks of a docker-py Container."""

    def __init__(
        self,
        *,
        oom: bool = False,
        running: bool = False,
        pids: tuple[int, int] | None = None,
        log_path: str = "",
        broken: bool = False,
    ) -> None:
        self.id = "c0ffee" * 10
        self.attrs: dict[str, Any] = {
            "Id": self.id,
            "State": {"OOMKilled": oom, "Running": running, "Pid": 0},
            "LogPath": log_path,
        }
        self._pids = pids
        self._broken = broken
        self.stats_calls = 0

    def reload(self) -> None:
        if self._broken:
            raise NotFound("gone")

    def stats(self, **kwargs: Any) -> dict[str, Any]:
        self.stats_calls += 1
        if self._broken:
            raise APIError("engine gone")
        if self._pids is None:
            return {}
        return {"pids_stats": {"current": self._pids[0], "limit": self._pids[1]}}


def _rules(findings: list[Any]) -> dict[str, str]:
    return {f.rule: f.detail for f in findings}


def test_a_quiet_container_hit_no_limit(tmp_path: Path) -> None:
    log = tmp_path / "c-json.log"
    log.write_bytes(b"x" * 1000)
    container = FakeContainer(running=True, pids=(3, 96), log_path=str(log))
    assert limit_findings(container, SETTINGS, "INFO:     Application startup complete.") == []


def test_oom_kill_names_the_memory_limit() -> None:
    found = _rules(limit_findings(FakeContainer(oom=True), SETTINGS, "Killed"))
    assert set(found) == {"LIMIT-MEMORY"}
    assert "640 MiB" in found["LIMIT-MEMORY"]


def test_pids_at_the_limit_names_it() -> None:
    container = FakeContainer(running=True, pids=(96, 96))
    found = _rules(limit_findings(container, SETTINGS, ""))
    assert "96 of 96" in found["LIMIT-PIDS"] and "limits.pids=96" in found["LIMIT-PIDS"]


def test_pids_below_the_limit_is_no_finding() -> None:
    assert limit_findings(FakeContainer(running=True, pids=(95, 96)), SETTINGS, "") == []


def test_fork_failure_in_the_log_is_enough_once_stopped() -> None:
    tail = "fork storm stopped after 90 children: fork failed: [Errno 11] Resource temporarily unavailable"
    container = FakeContainer(running=False)
    found = _rules(limit_findings(container, SETTINGS, tail))
    assert "96" in found["LIMIT-PIDS"] and "fork failed" in found["LIMIT-PIDS"]
    assert container.stats_calls == 0  # a stopped container has no stats to ask for


def test_thread_start_failure_counts_as_pids() -> None:
    found = _rules(limit_findings(FakeContainer(), SETTINGS, "RuntimeError: can't start new thread"))
    assert "LIMIT-PIDS" in found


def test_rotated_log_is_truncation(tmp_path: Path) -> None:
    log = tmp_path / "c-json.log"
    log.write_bytes(b"{}")
    (tmp_path / "c-json.log.1").write_bytes(b"{}")
    found = _rules(limit_findings(FakeContainer(log_path=str(log)), SETTINGS, ""))
    assert "1000000 bytes" in found["LIMIT-LOG-TRUNCATED"]


def test_log_at_its_cap_is_truncation(tmp_path: Path) -> None:
    log = tmp_path / "c-json.log"
    log.write_bytes(b"x" * 950_000)
    found = _rules(limit_findings(FakeContainer(log_path=str(log)), SETTINGS, ""))
    assert "950000" in found["LIMIT-LOG-TRUNCATED"]


def test_missing_log_file_claims_nothing(tmp_path: Path) -> None:
    container = FakeContainer(log_path=str(tmp_path / "absent-json.log"))
    assert limit_findings(container, SETTINGS, "") == []


def test_no_space_left_names_both_tmpfs_sizes() -> None:
    tail = "Traceback ...\nOSError: [Errno 28] No space left on device\n"
    found = _rules(limit_findings(FakeContainer(), SETTINGS, tail))
    detail = found["LIMIT-DISK"]
    assert "48 MiB" in detail and "64 MiB" in detail and "No space left" in detail


def test_candidate_text_in_a_finding_is_cut_short() -> None:
    tail = "No space left on device " + "A" * 10_000
    detail = _rules(limit_findings(FakeContainer(), SETTINGS, tail))["LIMIT-DISK"]
    assert len(detail) < 600


def test_an_engine_that_stopped_answering_is_not_an_error() -> None:
    container = FakeContainer(oom=True, running=True, broken=True)
    found = _rules(limit_findings(container, SETTINGS, ""))
    assert set(found) == {"LIMIT-MEMORY"}  # last known attrs still count; stats failed quietly
