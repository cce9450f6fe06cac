"""Reading label.toml and public.toml: good ones become models, bad ones name the file and field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from grader.calibration.cases import collect_cases, find_cases
from grader.calibration.labels import CorpusError, LabelError, read_label, read_public
from grader.models import RedFlag
from tests.conftest import ROOT
from tests.unit.calibration.builders import label_toml, write_case

FIXTURE = ROOT / "tests" / "fixtures" / "calibration" / "todo_minimal"


def test_reads_the_fixture_label() -> None:
    lab = read_label(FIXTURE / "label.toml")
    assert lab.kind == "todo" and lab.quality == 2
    assert lab.flags[RedFlag.SECURITY_OVERSIGHTS] is True
    assert lab.flags[RedFlag.ASYNC_CONFUSION] is False
    assert [(e.flag, e.file, e.line) for e in lab.evidence] == [
        (RedFlag.SECURITY_OVERSIGHTS, "main.py", 34)
    ]


def test_reads_traps_changes_and_tolerates_new_top_level_keys(tmp_path: Path) -> None:
    tables = (
        '[[traps]]\nfile = "app/db.py"\nline = 10\nwhat = "whitelisted column"\n'
        '[[changes]]\ndate = 2026-12-06\nfield = "flags.testing_gaps"\nreason = "re-read"\n'
    )
    path = tmp_path / "label.toml"
    path.write_text(label_toml({RedFlag.TESTING_GAPS}, extra='reviewer = "new key"') + tables)
    lab = read_label(path)
    assert lab.traps[0].file == "app/db.py"
    assert lab.changes[0].field == "flags.testing_gaps"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kind = 'todo'\nquality = [", "not valid TOML"),
        (label_toml().replace("testing_gaps = false\n", ""), "missing: testing_gaps"),
        (
            label_toml().replace("testing_gaps = false", 'testing_gaps = "raised"'),
            "flags.testing_gaps",
        ),
        (label_toml() + "typing_gaps = true\n", "typing_gaps"),
        (label_toml(quality=6), "quality"),
        (label_toml().replace('kind = "todo"', 'kind = "shop"'), "kind"),
        (label_toml().replace('kind = "todo"\n', ""), "kind: Field required"),
        (
            label_toml({RedFlag.SECURITY_OVERSIGHTS})
            + '[[evidence]]\nflag = "security_oversights"\nfile = "main.py"\nline = 0\n',
            "evidence.0.line",
        ),
        (
            label_toml()
            + '[[evidence]]\nflag = "security_oversights"\nfile = "main.py"\nline = 3\n',
            "evidence for flags labeled false: security_oversights",
        ),
        (
            label_toml({RedFlag.SECURITY_OVERSIGHTS})
            + '[[evidence]]\nflag = "security_oversights"\nfile = "/etc/passwd"\nline = 3\n',
            "relative to the submission",
        ),
        (
            label_toml({RedFlag.SECURITY_OVERSIGHTS})
            + '[[evidence]]\nflag = "security_oversights"\nfile = "a.py"\nline = 3\nlin = 4\n',
            "evidence.0.lin",
        ),
    ],
)
def test_malformed_label_names_the_file_and_the_field(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "case-x" / "label.toml"
    path.parent.mkdir()
    path.write_text(text)
    with pytest.raises(LabelError) as caught:
        read_label(path)
    message = str(caught.value)
    assert str(path) in message
    assert expected in message


def test_missing_label_file_is_a_label_error(tmp_path: Path) -> None:
    with pytest.raises(LabelError, match="cannot read"):
        read_label(tmp_path / "label.toml")


PUBLIC = """
[[repo]]
id = "hazadus-todos"
repo = "hazadus/fastapi-todos"
commit = "5c0747b"
subfolder = "backend"
kind = "todo"
quality = 4
deps = ["fastapi", "sqlalchemy"]
python = "3.12"
services = ["postgres"]
migrations = "alembic"
app = "app.main:app"
notes = "needs a database"
[repo.flags]
async_confusion = false
type_hint_avoidance = false
security_oversights = true
documentation_neglect = false
testing_gaps = true
performance_ignorance = false
[[repo.evidence]]
flag = "security_oversights"
file = "app/config.py"
line = 12
what = "hard-coded secret"
"""


def test_reads_public_repos(tmp_path: Path) -> None:
    path = tmp_path / "public.toml"
    path.write_text(PUBLIC)
    [repo] = read_public(path)
    assert (repo.id, repo.repo, repo.commit, repo.subfolder) == (
        "hazadus-todos",
        "hazadus/fastapi-todos",
        "5c0747b",
        "backend",
    )
    assert repo.quality == 4 and repo.flags[RedFlag.TESTING_GAPS] is True
    assert repo.evidence[0].file == "app/config.py" and repo.services == ["postgres"]


def test_malformed_public_entries_are_all_named(tmp_path: Path) -> None:
    second = PUBLIC.replace('id = "hazadus-todos"', 'id = "broken"').replace(
        'repo = "hazadus/fastapi-todos"', 'repo = "not a repo"'
    )
    third = PUBLIC.replace('commit = "5c0747b"', 'commit = "main"')
    path = tmp_path / "public.toml"
    path.write_text(PUBLIC + second + third)
    with pytest.raises(LabelError) as caught:
        read_public(path)
    message = str(caught.value)
    assert str(path) in message
    assert "repo broken: repo" in message
    assert "repo hazadus-todos: commit" in message
    assert "duplicate" not in message  # the invalid third entry is not counted as a duplicate


def test_duplicate_public_ids(tmp_path: Path) -> None:
    path = tmp_path / "public.toml"
    path.write_text(PUBLIC + PUBLIC)
    with pytest.raises(LabelError, match="repo hazadus-todos: duplicate id"):
        read_public(path)


def test_find_cases_takes_one_case_or_a_folder_of_cases(tmp_path: Path) -> None:
    tune = tmp_path / "tune"
    write_case(tune, "b-case", label_toml())
    write_case(tune, "a-case", label_toml({RedFlag.TESTING_GAPS}))
    (tune / "notes").mkdir()  # neither label nor submission: not a case, ignored
    single = write_case(tmp_path / "test", "held-out", label_toml())
    cases = find_cases([tune, single])
    assert [(c.id, c.group) for c in cases] == [
        ("a-case", "tune"),
        ("b-case", "tune"),
        ("held-out", "test"),
    ]
    assert cases[0].submission == tune / "a-case" / "submission"
    assert cases[0].label.flags[RedFlag.TESTING_GAPS] is True


def test_a_case_without_label_or_submission_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "tune" / "half" / "submission").mkdir(parents=True)
    with pytest.raises(CorpusError, match=re.escape("half: has submission/ but no label.toml")):
        find_cases([tmp_path / "tune"])
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    (lonely / "label.toml").write_text(label_toml())
    with pytest.raises(CorpusError, match="no submission/"):
        find_cases([lonely])
    with pytest.raises(CorpusError, match="no cases"):
        find_cases([tmp_path / "tune" / "half" / "submission"])


def test_a_bad_label_in_a_folder_stops_the_collection(tmp_path: Path) -> None:
    write_case(tmp_path / "tune", "good", label_toml())
    write_case(tmp_path / "tune", "bad", label_toml(quality=0))
    with pytest.raises(LabelError, match=re.escape("bad/label.toml")):
        find_cases([tmp_path / "tune"])


def test_collect_cases_refuses_duplicate_ids(tmp_path: Path) -> None:
    write_case(tmp_path / "tune", "same", label_toml())
    write_case(tmp_path / "test", "same", label_toml())
    with pytest.raises(CorpusError, match="'same' appears twice"):
        collect_cases([tmp_path / "tune", tmp_path / "test"], None)
    public = tmp_path / "public.toml"
    public.write_text(PUBLIC)
    cases = collect_cases([tmp_path / "tune"], public)
    assert [(c.id, c.source, c.group) for c in cases] == [
        ("same", "corpus", "tune"),
        ("hazadus-todos", "public", "public"),
    ]
