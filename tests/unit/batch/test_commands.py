from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from grader.batch.commands import batch, worker


def test_batch_command_grades_a_rejected_submission_without_docker(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "junk.zip").write_bytes(b"not an archive")
    out = tmp_path / "out"
    args = [str(folder), "-o", str(out), "--workers", "0", "--formats", "json,md"]
    result = CliRunner().invoke(batch, args)
    assert result.exit_code == 0, result.output
    assert "1 submissions: 1 graded now, 0 reused, 0 failed" in result.output
    assert (out / "junk.json").is_file() and (out / "junk.md").is_file()
    again = CliRunner().invoke(batch, args)
    assert "0 graded now, 1 reused" in again.output


def test_batch_command_refuses_bad_input(tmp_path: Path) -> None:
    table = tmp_path / "list.csv"
    table.write_text("file\nx.zip\n")
    result = CliRunner().invoke(batch, [str(table), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "no `path` column" in result.output
    result = CliRunner().invoke(batch, [str(tmp_path), "-o", "o", "--formats", "pdf"])
    assert result.exit_code == 2 and "unknown format" in result.output


def test_worker_command_refuses_an_unknown_broker() -> None:
    result = CliRunner().invoke(worker, ["--broker", "amqp://localhost"])
    assert result.exit_code == 2 and "unsupported broker" in result.output
