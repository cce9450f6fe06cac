"""`grade prepare` makes every image a first grading would otherwise wait for."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from grader.cli import main
from grader.sandbox.build import image_exists
from grader.sandbox.pip_settings import host_pip_settings
from grader.sandbox.toolchain import build_image_tag, ensure_build_images
from grader.settings import GradeSettings

pytestmark = pytest.mark.docker


def test_build_images_are_made_for_present_bases_and_absent_ones_are_named(
    docker_client: Any, settings: GradeSettings
) -> None:
    made = dict(
        ensure_build_images(
            docker_client, [settings.base_image, "grader-base:no-such-release"], host_pip_settings()
        )
    )
    built = made[settings.base_image]
    assert built is not None and built.ok
    assert built.image == build_image_tag(docker_client, settings.base_image)
    assert image_exists(docker_client, built.image)
    assert made["grader-base:no-such-release"] is None


def test_prepare_reports_each_image(settings: GradeSettings) -> None:
    result = CliRunner().invoke(main, ["prepare", "--base-image", settings.base_image])
    assert result.exit_code == 0, result.output
    assert "probe image ready: grader-probe:" in result.output
    assert f"for {settings.base_image}" in result.output
