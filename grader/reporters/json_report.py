"""The JSON report: the public contract (docs/report.md)."""

from __future__ import annotations

import json
from typing import Any

from grader.models import Report


def render(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def json_schema() -> str:
    """The JSON Schema of the report, generated from the models, never written by hand."""
    schema: dict[str, Any] = Report.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Grader report (schema_version 1)"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"
