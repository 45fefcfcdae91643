"""SARIF 2.1.0 output: valid against the OASIS schema, rule metadata, suppressions kept."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from report_fixture import RULES_META, build_result

from factcheck import report
from factcheck.model import RunResult

SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"

# A minimal bundled check of what code-scanning consumers need, so this file tests something
# even where /work/shared is absent.
MINIMAL = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {
            "type": "object",
            "required": ["tool", "results"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {
                    "driver": {"type": "object", "required": ["name", "rules"], "properties": {
                        "rules": {"type": "array", "items": {
                            "type": "object",
                            "required": ["id", "shortDescription", "help",
                                         "defaultConfiguration"],
                            "properties": {"defaultConfiguration": {
                                "type": "object", "required": ["level"],
                                "properties": {"level": {"enum": ["none", "note", "warning",
                                                                  "error"]}}}}}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object",
                    "required": ["ruleId", "ruleIndex", "level", "message", "locations",
                                 "partialFingerprints"],
                    "properties": {
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": {"type": "object", "required": ["text"]},
                        "locations": {"type": "array", "minItems": 1, "items": {
                            "type": "object", "required": ["physicalLocation"],
                            "properties": {"physicalLocation": {
                                "type": "object", "required": ["artifactLocation", "region"],
                                "properties": {"region": {
                                    "type": "object", "required": ["startLine", "startColumn"],
                                    "properties": {"startLine": {"type": "integer",
                                                                 "minimum": 1}}}}}}}},
                        "suppressions": {"type": "array", "items": {
                            "type": "object", "required": ["kind"],
                            "properties": {"kind": {"enum": ["inSource", "external"]}}}},
                    }}},
            }}},
    },
}


def _sarif(result=None, **kw):
    return json.loads(report.render("sarif", result or build_result(), rules_meta=RULES_META, **kw))


def test_valid_against_bundled_minimal_check():
    jsonschema.validate(_sarif(), MINIMAL)
    jsonschema.validate(_sarif(RunResult()), MINIMAL)
    broken = _sarif()
    broken["runs"][0]["results"][0]["level"] = "fatal"
    assert not jsonschema.Draft7Validator(MINIMAL).is_valid(broken)


def test_valid_against_oasis_schema():
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"{SARIF_SCHEMA} is absent")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    for log in (_sarif(), _sarif(RunResult())):
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        assert [f"{list(e.path)}: {e.message}" for e in errors] == []
    broken = _sarif()
    broken["runs"][0]["results"][0]["suppressions"] = [{"kind": "sometimes"}]
    assert not validator.is_valid(broken)


def test_rules_carry_metadata_and_results_point_at_them():
    run = _sarif()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    by_id = {r["id"]: r for r in rules}
    conflict = by_id["internal-interval-conflict"]
    assert conflict["defaultConfiguration"]["level"] == "error"
    assert conflict["help"]["text"].startswith("Check both figures")
    assert by_id["quote-figure"]["defaultConfiguration"]["level"] == "note"
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]


def test_locations_fingerprints_and_related_claims():
    run = _sarif()["runs"][0]
    res = next(r for r in run["results"] if r["ruleId"] == "internal-interval-conflict")
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "drafts/losses.md"
    assert (loc["region"]["startLine"], loc["region"]["startColumn"]) == (9, 34)
    assert loc["region"]["snippet"]["text"] == "about 1,200 soldiers"
    assert loc["region"]["endColumn"] - loc["region"]["startColumn"] == len("about 1,200 soldiers")
    assert run["columnKind"] == "unicodeCodePoints"
    flag = build_result().documents[0].flags[0]
    assert res["partialFingerprints"] == {"factcheck/v1": flag.id}
    assert res["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 7


def test_suppressed_findings_are_kept_with_their_kind():
    results = _sarif()["runs"][0]["results"]
    assert len(results) == 4
    sup = {r["ruleId"] + ":" + r["level"]: r.get("suppressions") for r in results}
    assert sup["quote-figure:note"] == [{"kind": "inSource", "status": "accepted",
                                         "justification": "the spokesman's own words"}]
    assert sup["dataset-mismatch:error"][0]["kind"] == "external"
    assert sup["internal-interval-conflict:error"] is None


def test_unreadable_inputs_become_notifications():
    notes = _sarif()["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    texts = [n["message"]["text"] for n in notes]
    assert any("drafts/batch.jsonl" in t for t in texts)
    assert any("engine crashed" in t for t in texts)
    jsonl = next(n for n in notes if "batch.jsonl" in n["message"]["text"])
    assert jsonl["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
