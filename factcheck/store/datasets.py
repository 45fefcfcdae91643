"""Reading a reference dataset folder: its ``dataset.yaml`` mapping, data file and corrections.

A dataset is a folder holding the data (CSV with a header row, or JSON: a list of objects, one
per report date) and ``dataset.yaml``, which says who publishes it, whom it is about, which
field holds the report date, how each column maps to a measure (unit, cumulative or per period,
or a sum of other measures), the reporting lag and delay, and where the corrections are. The
mapping format is documented in ``docs/store.md`` and at the top of the bundled mapping.

Everything is validated before anything is written, and the first problem raises one
``DatasetError`` naming the file and the line (CSV, YAML) or record (JSON). This module only
reads and checks files; it must not touch the database.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from .. import jsonsafe, yamlsafe
from .errors import DatasetError

MAPPING_FILE = "dataset.yaml"
KINDS = ("cumulative", "per_period")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP_KEYS = {"id", "title", "description", "license", "source", "subject", "data", "date_field",
             "date_format", "report_delay_days", "lag_days", "corrections", "measures"}
_MEASURE_KEYS = {"column", "unit", "kind", "sum_of", "description"}
_CORRECTION_KEYS = {"file", "date_field", "description"}


@dataclass(frozen=True)
class MeasureSpec:
    measure: str
    unit: str
    kind: str                      # cumulative | per_period
    column: str | None = None      # source column, or None for a derived measure
    sum_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class DatasetSpec:
    id: str
    source: str
    subject: str
    folder: Path
    data_file: Path
    date_field: str
    date_format: str | None
    report_delay: int
    lag: tuple[int, int]
    corrections_file: Path | None
    corrections_date_field: str
    measures: dict[str, MeasureSpec]


@dataclass
class DatasetRows:
    """A validated dataset ready to store: points are (measure, date, value, total, row)."""

    spec: DatasetSpec
    content_hash: str
    points: list[tuple[str, str, float, float, int]] = field(default_factory=list)
    corrections: list[tuple[str, str, float, int]] = field(default_factory=list)


def read_dataset(folder: Path | str) -> DatasetRows:
    """Parse and validate a dataset folder; raise one ``DatasetError`` on the first problem."""
    folder = Path(folder)
    mapping_path = folder / MAPPING_FILE
    if not folder.is_dir():
        raise DatasetError(folder, "not a folder (a dataset is a folder with a dataset.yaml)")
    if not mapping_path.is_file():
        raise DatasetError(mapping_path, "missing: a dataset folder needs a dataset.yaml mapping")
    raw_mapping = _read_bytes(mapping_path)
    spec = _parse_mapping(mapping_path, raw_mapping, folder)
    raw_data = _read_bytes(spec.data_file)
    h = hashlib.sha256(raw_mapping + b"\0" + raw_data)
    rows = DatasetRows(spec, "")
    table = _records(spec.data_file, raw_data)
    _points(spec, table, rows)
    if spec.corrections_file is not None:
        raw_corr = _read_bytes(spec.corrections_file)
        h.update(b"\0" + raw_corr)
        _corrections(spec, _records(spec.corrections_file, raw_corr), rows)
    rows.content_hash = h.hexdigest()
    return rows


# -- mapping ---------------------------------------------------------------------------------

def _read_bytes(path: Path) -> bytes:
    """A regular file's bytes, within the size cap of any input (``document.read_bytes``)."""
    from ..document import InputError, read_bytes

    try:
        return read_bytes(str(path))
    except InputError as exc:
        raise DatasetError(path, exc.error.message) from None


def _line_map(node: yaml.Node, path: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    """1-based line of every key and item in a composed YAML tree, by key path."""
    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else None
            out[path + (key,)] = k.start_mark.line + 1
            _line_map(v, path + (key,), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _line_map(v, path + (i,), out)
    return out


# what a mapping problem is raised with: ``fail(message, *key_path)`` -> DatasetError at the
# line of that key
Fail = Callable[..., DatasetError]


def _parse_mapping(path: Path, raw: bytes, folder: Path) -> DatasetSpec:
    """The validated ``dataset.yaml`` of ``folder``; the first problem raises a DatasetError
    at the line of the key it is about."""
    data, lines = _load_mapping(path, raw)

    def fail(message: str, *key: Any) -> DatasetError:
        return DatasetError(path, message, line=lines.get(tuple(key)) or 1)

    _check_fields(data, fail)
    delay, lag = _delay_and_lag(data, fail)
    data_file = _inside(folder, data["data"], lambda m: fail(m, "data"))
    corr_file, corr_date = _corrections_of(data, folder, fail)
    return DatasetSpec(id=str(data.get("id", folder.resolve().name)),
                       source=data["source"].strip(), subject=data["subject"],
                       folder=folder, data_file=data_file, date_field=data["date_field"],
                       date_format=data.get("date_format"), report_delay=delay,
                       lag=lag, corrections_file=corr_file,
                       corrections_date_field=corr_date,
                       measures=_measures(data["measures"], fail))


def _load_mapping(path: Path, raw: bytes) -> tuple[dict[str, Any], dict[tuple, int]]:
    """The mapping's YAML as a dict, and the line of every key path in it."""
    try:
        text = raw.decode("utf-8")
        node = yamlsafe.compose(text)
        data = yamlsafe.load(text)
    except UnicodeDecodeError:
        raise DatasetError(path, "not UTF-8 text") from None
    except yaml.YAMLError as exc:
        problem, line = yamlsafe.message(exc, text)
        raise DatasetError(path, f"invalid YAML: {problem}", line=line) from None
    if not isinstance(data, dict):
        raise DatasetError(path, "the mapping must be a YAML mapping of keys to values", line=1)
    return data, (_line_map(node) if node is not None else {})


def _check_fields(data: dict[str, Any], fail: Fail) -> None:
    """Only known top-level fields, the required ones present, strings where strings belong,
    and a subject id."""
    for k in data:
        if k not in _TOP_KEYS:
            raise fail(f"unknown field '{k}' (expected one of: {', '.join(sorted(_TOP_KEYS))})",
                       k)
    for k in ("source", "subject", "data", "date_field", "measures"):
        if k not in data:
            raise fail(f"missing required field '{k}'")
    for k in ("id", "source", "subject", "data", "date_field", "date_format"):
        if k in data and (not isinstance(data[k], str) or not data[k].strip()):
            raise fail(f"'{k}' must be a non-empty string", k)
    if not _ID.match(data["subject"]):
        raise fail(f"subject '{data['subject']}' must be an id like russian_forces", "subject")


def _delay_and_lag(data: dict[str, Any], fail: Fail) -> tuple[int, tuple[int, int]]:
    """``report_delay_days`` (whole days >= 0) and ``lag_days`` ([min, max], or one number)."""
    delay = data.get("report_delay_days", 0)
    if not isinstance(delay, int) or isinstance(delay, bool) or delay < 0:
        raise fail("'report_delay_days' must be a whole number of days >= 0", "report_delay_days")
    lag = data.get("lag_days", [0, 0])
    if isinstance(lag, int) and not isinstance(lag, bool):
        lag = [lag, lag]
    if (not isinstance(lag, list) or len(lag) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in lag)
            or not 0 <= lag[0] <= lag[1]):
        raise fail("'lag_days' must be [min, max] whole days with 0 <= min <= max", "lag_days")
    return delay, (lag[0], lag[1])


def _corrections_of(data: dict[str, Any], folder: Path, fail: Fail
                    ) -> tuple[Path | None, str]:
    """The corrections file (a name, or ``{file, date_field}``) and the field of its dates."""
    corr_file, corr_date = None, data["date_field"]
    corr = data.get("corrections")
    if corr is not None:
        if isinstance(corr, str):
            corr = {"file": corr}
        if not isinstance(corr, dict) or "file" not in corr:
            raise fail("'corrections' must be a file name or {file: ..., date_field: ...}",
                       "corrections")
        for k in corr:
            if k not in _CORRECTION_KEYS:
                raise fail(f"unknown field '{k}' in corrections", "corrections", k)
        corr_file = _inside(folder, corr["file"], lambda m: fail(m, "corrections", "file"))
        corr_date = corr.get("date_field", corr_date)
    return corr_file, corr_date


def _measures(raw_measures: Any, fail: Fail) -> dict[str, MeasureSpec]:
    """``measures``: each a column of the data, or the sum of other measures (whose kind and
    unit it takes from its parts)."""
    if not isinstance(raw_measures, dict) or not raw_measures:
        raise fail("'measures' must map measure ids to {column, unit, kind} or {sum_of}",
                   "measures")
    measures = {mid: _measure(mid, m, fail) for mid, m in raw_measures.items()}
    for mid, ms in list(measures.items()):
        if ms.sum_of:
            measures[mid] = _sum_measure(ms, measures, fail)
    return measures


def _measure(mid: Any, m: Any, fail: Fail) -> MeasureSpec:
    """One measure as written: a column with unit and kind, or ``sum_of`` (parts unchecked)."""
    where = ("measures", mid)
    if not isinstance(mid, str) or not _ID.match(mid):
        raise fail(f"measure id '{mid}' must look like personnel_losses", *where)
    if not isinstance(m, dict):
        raise fail(f"measure '{mid}' must be a mapping with column, unit and kind", *where)
    for k in m:
        if k not in _MEASURE_KEYS:
            raise fail(f"unknown field '{k}' in measure '{mid}' (expected one of: "
                       f"{', '.join(sorted(_MEASURE_KEYS))})", *where, k)
    unit = m.get("unit", "")
    if unit is None:
        unit = ""
    if not isinstance(unit, str):
        raise fail(f"unit of '{mid}' must be a string (\"\" for counts)", *where, "unit")
    if "sum_of" in m:
        parts = m["sum_of"]
        if "column" in m:
            raise fail(f"measure '{mid}' has both column and sum_of", *where, "sum_of")
        if not isinstance(parts, list) or len(parts) < 2:
            raise fail(f"sum_of of '{mid}' must list two or more measure ids",
                       *where, "sum_of")
        return MeasureSpec(mid, unit, "", None, tuple(str(p) for p in parts))
    if not isinstance(m.get("column"), str):
        raise fail(f"measure '{mid}' needs a 'column' (or 'sum_of')", *where)
    kind = m.get("kind")
    if kind not in KINDS:
        raise fail(f"kind of '{mid}' must be one of {', '.join(KINDS)}, not {kind!r}",
                   *where, "kind" if "kind" in m else None)
    return MeasureSpec(mid, unit, kind, m["column"])


def _sum_measure(ms: MeasureSpec, measures: dict[str, MeasureSpec], fail: Fail
                 ) -> MeasureSpec:
    """A derived measure checked against its parts: known column measures of one kind and
    one unit, which it takes."""
    mid = ms.measure
    where = ("measures", mid, "sum_of")
    parts = [measures.get(p) for p in ms.sum_of]
    for p, spec in zip(ms.sum_of, parts):
        if spec is None:
            raise fail(f"sum_of of '{mid}' names unknown measure '{p}'", *where)
        if spec.sum_of:
            raise fail(f"sum_of of '{mid}' names derived measure '{p}'; "
                       "list source columns' measures", *where)
    kinds = {p.kind for p in parts if p}
    units = {p.unit for p in parts if p}
    if len(kinds) != 1 or len(units) != 1:
        raise fail(f"the parts of '{mid}' must share one kind and one unit", *where)
    if ms.unit and ms.unit not in units:
        raise fail(f"unit of '{mid}' differs from its parts' unit", "measures", mid, "unit")
    return MeasureSpec(mid, units.pop(), kinds.pop(), None, ms.sum_of)


def _inside(folder: Path, name: Any, fail) -> Path:
    if not isinstance(name, str) or not name.strip():
        raise fail("must name a file in the dataset folder")
    p = (folder / name)
    if p.suffix.lower() not in (".csv", ".json"):
        raise fail(f"'{name}': data files must be .csv or .json")
    if not p.is_file():
        raise fail(f"'{name}' does not exist in {folder}")
    return p


# -- data ------------------------------------------------------------------------------------

# (row number, is_line, record) for every record of a file; row is a line for CSV.
Record = tuple[int, bool, dict[str, Any]]


def _records(path: Path, raw: bytes) -> tuple[list[str], list[Record]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise DatasetError(path, "not UTF-8 text", line=line) from None
    if path.suffix.lower() == ".csv":
        reader = csv.reader(io.StringIO(text, newline=""))
        try:
            header = next(reader)
        except StopIteration:
            raise DatasetError(path, "empty file: expected a header row", line=1) from None
        except csv.Error as exc:
            raise DatasetError(path, f"malformed CSV: {exc}", line=1) from None
        header = [h.strip() for h in header]
        out: list[Record] = []
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise DatasetError(path, f"malformed CSV: {exc}", line=reader.line_num) from None
            if not row or all(not c.strip() for c in row):
                continue
            if len(row) != len(header):
                raise DatasetError(path, f"{len(row)} cells where the header has {len(header)}",
                                   line=reader.line_num)
            out.append((reader.line_num, True, dict(zip(header, row))))
        return header, out
    try:
        data = jsonsafe.loads(text)
    except json.JSONDecodeError as exc:
        raise DatasetError(path, f"invalid JSON: {exc.msg} (column {exc.colno})",
                           line=exc.lineno) from None
    except RecursionError:
        raise DatasetError(path, "invalid JSON: nested too deeply") from None
    except ValueError as exc:   # an integer of more than 4,300 digits
        raise DatasetError(path, f"invalid JSON: {str(exc).split(';')[0]}") from None
    if not isinstance(data, list):
        raise DatasetError(path, "JSON data must be a list of objects, one per date", line=1)
    out = []
    keys: dict[str, None] = {}
    for i, rec in enumerate(data, start=1):
        if not isinstance(rec, dict):
            raise DatasetError(path, "not an object", record=i)
        keys.update(dict.fromkeys(rec))
        out.append((i, False, rec))
    return list(keys), out


def _where(rec: Record) -> dict[str, int]:
    return {"line": rec[0]} if rec[1] else {"record": rec[0]}


def _date(spec: DatasetSpec, path: Path, rec: Record, fieldname: str) -> str:
    raw = rec[2].get(fieldname)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise DatasetError(path, f"missing date in field '{fieldname}'", **_where(rec))
    try:
        if spec.date_format:
            return datetime.strptime(str(raw).strip(), spec.date_format).date().isoformat()
        return date.fromisoformat(str(raw).strip()).isoformat()
    except ValueError:
        fmt = spec.date_format or "YYYY-MM-DD"
        raise DatasetError(path, f"bad date {raw!r} in field '{fieldname}' (expected {fmt})",
                           **_where(rec)) from None


def _number(path: Path, rec: Record, column: str) -> float | None:
    raw = rec[2].get(column)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise DatasetError(path, f"not a number in column '{column}': {raw!r}",
                           **_where(rec))
    try:
        v = float(raw.strip()) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise DatasetError(path, f"not a number in column '{column}': {raw!r}",
                           **_where(rec)) from None
    if not math.isfinite(v):
        raise DatasetError(path, f"not a finite number in column '{column}': {raw!r}",
                           **_where(rec))
    return v


def _check_columns(spec: DatasetSpec, path: Path, header: list[str], date_field: str,
                   required: bool) -> None:
    loc = {"line": 1} if path.suffix.lower() == ".csv" else {}
    if date_field not in header:
        raise DatasetError(path, f"no date field '{date_field}' (fields: {', '.join(header)})",
                           **loc)
    if not required:
        return
    for ms in spec.measures.values():
        if ms.column and ms.column not in header:
            raise DatasetError(path, f"no column '{ms.column}' for measure '{ms.measure}' "
                               f"(columns: {', '.join(header)})", **loc)


def _points(spec: DatasetSpec, table: tuple[list[str], list[Record]], rows: DatasetRows) -> None:
    path = spec.data_file
    header, records = table
    if not records:
        raise DatasetError(path, "no data rows", line=1 if path.suffix == ".csv" else None)
    _check_columns(spec, path, header, spec.date_field, required=True)
    by_date: dict[str, tuple[Record, dict[str, float]]] = {}
    for rec in records:
        d = _date(spec, path, rec, spec.date_field)
        if d in by_date:
            first = by_date[d][0]
            where = f"line {first[0]}" if first[1] else f"record {first[0]}"
            raise DatasetError(path, f"date {d} appears twice (first at {where})",
                               **_where(rec))
        values = {}
        for ms in spec.measures.values():
            if ms.column:
                v = _number(path, rec, ms.column)
                if v is not None:
                    values[ms.measure] = v
        by_date[d] = (rec, values)
    running: dict[str, float] = {}
    for d in sorted(by_date):
        rec, values = by_date[d]
        tot: dict[str, float] = {}
        for mid, v in values.items():
            if spec.measures[mid].kind == "per_period":
                running[mid] = running.get(mid, 0.0) + v
                tot[mid] = running[mid]
            else:
                tot[mid] = v
            rows.points.append((mid, d, v, tot[mid], rec[0]))
        for ms in spec.measures.values():
            if ms.sum_of and all(p in values for p in ms.sum_of):
                rows.points.append((ms.measure, d, sum(values[p] for p in ms.sum_of),
                                    sum(tot[p] for p in ms.sum_of), rec[0]))


def _corrections(spec: DatasetSpec, table: tuple[list[str], list[Record]],
                 rows: DatasetRows) -> None:
    path = spec.corrections_file
    assert path is not None
    header, records = table
    _check_columns(spec, path, header, spec.corrections_date_field, required=False)
    seen: set[tuple[str, str]] = set()
    for rec in records:
        d = _date(spec, path, rec, spec.corrections_date_field)
        values = {}
        for ms in spec.measures.values():
            if ms.column and ms.column in rec[2]:
                v = _number(path, rec, ms.column)
                if v:
                    values[ms.measure] = v
        for ms in spec.measures.values():
            if ms.sum_of:
                v = sum(values.get(p, 0.0) for p in ms.sum_of)
                if v:
                    values[ms.measure] = v
        for mid, v in values.items():
            if (mid, d) in seen:
                raise DatasetError(path, f"a second correction of '{mid}' on {d}",
                                   **_where(rec))
            seen.add((mid, d))
            rows.corrections.append((mid, d, v, rec[0]))
