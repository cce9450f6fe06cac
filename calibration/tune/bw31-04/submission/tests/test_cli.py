import pytest

from todoserve import __version__
from todoserve.__main__ import build_parser


def test_defaults() -> None:
    args = build_parser().parse_args([])
    assert (args.host, args.port, args.reload, args.workers) == ("127.0.0.1", 8000, False, 1)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_rejects_bad_port() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--port", "eighty"])
