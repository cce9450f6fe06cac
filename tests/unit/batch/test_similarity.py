from __future__ import annotations

from pathlib import Path

from grader.batch.similarity import (
    CodePrints,
    common_prints,
    compare_cohort,
    fingerprint_submission,
    fingerprint_tree,
    normalised_tokens,
    scaffold_prints,
    winnow,
)
from tests.conftest import SAMPLES
from tests.unit.batch.copies import disguised_copy


def test_disguised_copy_scores_high_with_matching_regions(tmp_path: Path) -> None:
    copy = disguised_copy(SAMPLES / "notes_keyerror", tmp_path / "copy")
    assert "NOTES:" not in (copy / "main.py").read_text()  # really renamed
    assert "# in-memory" not in (copy / "main.py").read_text()  # comments rewritten
    cohort = {
        "orig": fingerprint_tree(SAMPLES / "notes_keyerror"),
        "copy": fingerprint_tree(copy),
        "other": fingerprint_tree(SAMPLES / "todo_good"),
    }
    pairs = {(p.a, p.b): p for p in compare_cohort(cohort)}
    pair = pairs[("copy", "orig")]
    assert pair.similarity >= 0.8
    files = {(r.a_file, r.b_file) for r in pair.regions}
    assert ("main.py", "main.py") in files
    main = next(r for r in pair.regions if r.a_file == "main.py")
    assert main.a_end > main.a_start and main.b_end > main.b_start


def test_different_samples_score_low() -> None:
    cohort = {
        "notes": fingerprint_tree(SAMPLES / "notes_keyerror"),
        "todo": fingerprint_tree(SAMPLES / "todo_missing_dep"),
        "poetry": fingerprint_tree(SAMPLES / "todo_poetry_factory"),
    }
    pairs = compare_cohort(cohort)
    assert pairs, "unrelated FastAPI apps still share some idioms"
    assert max(p.similarity for p in pairs) < 0.3


def test_fingerprint_submission_reads_a_zip_as_data(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "notes.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted((SAMPLES / "notes_keyerror").rglob("*.py")):
            zf.write(path, f"notes/{path.relative_to(SAMPLES / 'notes_keyerror')}")
    from_zip = fingerprint_submission(archive)
    assert set(from_zip) == set(fingerprint_tree(SAMPLES / "notes_keyerror"))


def test_unreadable_submission_has_no_prints(tmp_path: Path) -> None:
    bogus = tmp_path / "x.zip"
    bogus.write_bytes(b"not a zip")
    assert fingerprint_submission(bogus) == {}


def test_normalisation_ignores_names_comments_strings_and_layout() -> None:
    a = "def add(x, y):\n    # sum\n    return x + y * 2  # twice\n"
    b = "def plus(left,\n         right):\n    return left + right * 7\n"
    assert [t.text for t in normalised_tokens(a)] == [t.text for t in normalised_tokens(b)]
    tokens = [t.text for t in normalised_tokens('app.get("/x", response_model=Item)\n')]
    assert tokens == ["V", ".", "get", "(", "S", ",", "response_model", "=", "V", ")"]


def test_tokenizer_error_keeps_tokens_up_to_it() -> None:
    tokens = normalised_tokens("x = 1\ny = (\n")
    assert [t.text for t in tokens][:3] == ["V", "=", "N"]


def test_winnowing_detects_long_shared_runs_only() -> None:
    body = "total = 0\nfor item in items:\n    total += item.price * item.count\nreturn total\n"
    one = winnow(normalised_tokens("def f(items):\n" + body.replace("\n", "\n    ")))
    two = winnow(normalised_tokens("def g(rows):\n" + body.replace("\n", "\n    ")))
    assert {h for h, _, _ in one} & {h for h, _, _ in two}
    assert winnow(normalised_tokens("x = 1\n")) == []  # shorter than one k-gram


def test_boilerplate_in_most_of_the_cohort_is_ignored() -> None:
    shared: CodePrints = {1: [], 2: []}
    cohort: dict[str, CodePrints] = {f"s{i}": {**shared, 100 + i: []} for i in range(6)}
    assert common_prints(cohort) == {1, 2}
    assert compare_cohort(cohort) == []  # nothing left in common once boilerplate goes


def test_a_pair_in_a_tiny_cohort_is_still_compared() -> None:
    cohort: dict[str, CodePrints] = {"a": {1: [], 2: []}, "b": {1: [], 3: []}}
    assert common_prints(cohort) == set()
    (pair,) = compare_cohort(cohort)
    assert pair.similarity == round(1 / 3, 3)


def test_scaffold_fingerprints_are_ignored(tmp_path: Path) -> None:
    scaffold = tmp_path / "specs" / "notes" / "scaffold"
    scaffold.mkdir(parents=True)
    (scaffold / "main.py").write_text((SAMPLES / "notes_keyerror" / "main.py").read_text())
    ignored = scaffold_prints(tmp_path / "specs")
    assert ignored
    cohort = {
        "a": fingerprint_tree(SAMPLES / "notes_keyerror"),
        "b": fingerprint_tree(SAMPLES / "notes_keyerror"),
    }
    with_scaffold = compare_cohort(cohort, ignored)
    without = compare_cohort(cohort)
    assert without[0].similarity == 1.0
    assert with_scaffold[0].regions
    assert all(r.a_file != "main.py" for r in with_scaffold[0].regions)
    assert scaffold_prints(tmp_path / "absent") == set()
