"""The shipped JSON Schema documents the contract, and real output validates against it."""

from __future__ import annotations

import json

import jsonschema
import pytest
from report_fixture import build_result

from factcheck import report
from factcheck.model import RunResult
from factcheck.resources import schema_path


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(schema_path("report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_fixture_output_validates(validator):
    validator.validate(json.loads(report.render("json", build_result())))
    validator.validate(json.loads(report.render("json", RunResult())))


def test_schema_rejects_drift(validator):
    data = json.loads(report.render("json", build_result()))
    data["documents"][0]["flags"][0]["severity"] = "fatal"
    assert not validator.is_valid(data)
    data = json.loads(report.render("json", build_result()))
    data["documents"][0]["claims"][0]["surprise"] = 1
    assert not validator.is_valid(data)
    data = json.loads(report.render("json", build_result()))
    del data["summary"]["suppressed"]
    assert not validator.is_valid(data)


def _undocumented(node, defs, where="#"):
    """Properties without a description (directly or on the definition they refer to)."""
    missing = []
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            ref = sub.get("$ref", "").rsplit("/", 1)[-1]
            if "description" not in sub and "description" not in defs.get(ref, {}):
                missing.append(f"{where}/properties/{name}")
        for key, sub in node.items():
            missing += _undocumented(sub, defs, f"{where}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            missing += _undocumented(sub, defs, f"{where}/{i}")
    return missing


def test_every_field_is_documented():
    schema = json.loads(schema_path("report.schema.json").read_text(encoding="utf-8"))
    assert _undocumented(schema, schema["$defs"]) == []
    assert _undocumented({"properties": {"x": {"type": "string"}}}, {}) == ["#/properties/x"]


def test_a_window_reading_validates(validator):
    from datetime import date

    from factcheck.document import read_text_document
    from factcheck.model import DocumentResult
    from factcheck.normalize import claims_for
    doc = read_text_document("In September, Russia lost nearly 10,000 troops in a single week.",
                             "w.md", date(2024, 10, 11))
    cs = claims_for(doc)
    assert any(len(r) > 7 for c in cs for r in c.extra_dict().get("readings") or ())
    out = json.loads(report.render("json", RunResult(documents=[
        DocumentResult(document=doc, claims=cs)])))
    validator.validate(out)
    (r,) = out["documents"][0]["claims"][0]["readings"]
    assert r["window"] == 7 and r["record"] is False
