import main


def test_app_exists() -> None:
    assert main.app.title == "Nosy app"
