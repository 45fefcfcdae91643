"""The claims store: schema and migrations, idempotent ingest, dataset errors, look-ups."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from factcheck.model import Claim, Document, Period
from factcheck.store import DatasetError, Store, StoreError, read_dataset
from factcheck.store import schema

REPO = Path(__file__).resolve().parents[1]
GS = REPO / "corpus" / "datasets" / "ukraine-general-staff-losses"
SHARED = Path(__file__).resolve().parents[2] / "shared"
RU = "russian_forces"


def claim(cid: str, measure: str, value: float, period: Period | None, *, cumulative=False,
          lower=None, upper=None, unit="", subject=RU, extra=()) -> Claim:
    return Claim(id=cid, text=f"{value:g}", start=0, end=1, line=1, column=1, value=value,
                 unit=unit, lower=lower, upper=upper, measure=measure, subject=subject,
                 period=period, cumulative=cumulative, extra=extra)


def day(d: date) -> Period:
    return Period(d, d)


# The look-up and ingest tests run on both backends (tests/conftest.py: ``store_url``); the
# schema tests that read SQLite's own pragmas and query plans run on SQLite.

@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def gs_store(request, tmp_path_factory) -> Store:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("gs") / "store.sqlite")
    else:
        from pg_support import fresh_schema_url

        url = fresh_schema_url(request.getfixturevalue("postgres_url"))
    store = Store.open(url)
    store.ingest_dataset(GS)
    yield store
    store.close()


@pytest.fixture
def store(store_url) -> Store:
    store = Store.open(store_url)
    yield store
    store.close()


def by(refs, cid, role):
    return {r.lag: r for r in refs if r.claim == cid and r.role == role}


# -- schema ------------------------------------------------------------------------------------

def test_new_store_is_migrated_to_latest_and_in_wal_mode(tmp_path):
    path = tmp_path / "s.sqlite"
    store = Store.open(path)
    assert store.schema_version() == schema.LATEST
    eng = sa.create_engine(f"sqlite:///{path}")
    with eng.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        names = set(sa.inspect(conn).get_table_names())
        indexes = {i["name"]: i["column_names"] for i in sa.inspect(conn).get_indexes("data_points")}
        rows = conn.execute(sa.select(schema.schema_migrations)).all()
    assert {"documents", "claims", "datasets", "data_points", "corrections"} <= names
    assert indexes["ix_data_points_lookup"] == ["measure", "subject", "date"]
    assert [r.version for r in rows] == [m[0] for m in schema.MIGRATIONS]
    eng.dispose()
    Store.open(path)  # re-opening applies nothing twice
    with sa.create_engine(f"sqlite:///{path}").connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(
            schema.schema_migrations)).scalar() == len(schema.MIGRATIONS)


def test_store_from_newer_factcheck_is_refused(tmp_path):
    path = tmp_path / "s.sqlite"
    Store.open(path)
    eng = sa.create_engine(f"sqlite:///{path}")
    with eng.begin() as conn:
        conn.execute(schema.schema_migrations.insert().values(
            version=schema.LATEST + 1, name="future", applied_at="2099-01-01"))
    eng.dispose()
    with pytest.raises(StoreError, match="newer than this factcheck"):
        Store.open(path)


def test_version_1_store_is_migrated_keeping_its_rows(tmp_path):
    path = tmp_path / "v1.sqlite"
    store = Store.open(path)
    store.ingest_document(_doc(1, date(2024, 12, 10)), [claim("a", "tanks", 5, SEED_DAY)])
    store.close()
    eng = sa.create_engine(f"sqlite:///{path}")
    with eng.begin() as conn:   # turn it back into what version 1 created
        conn.exec_driver_sql("DROP INDEX ix_claims_prior")
        conn.exec_driver_sql("DROP INDEX ix_claims_previous")
        conn.exec_driver_sql("CREATE INDEX ix_claims_period ON claims "
                             "(measure, subject, period_end, period_start)")
        conn.exec_driver_sql("CREATE INDEX ix_claims_published ON claims "
                             "(measure, subject, published)")
        conn.exec_driver_sql("UPDATE claims SET place = NULL")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version > 1")
    store = Store.open(path)
    assert store.schema_version() == schema.LATEST
    with eng.connect() as conn:
        names = {i["name"] for i in sa.inspect(conn).get_indexes("claims")}
        assert conn.exec_driver_sql("SELECT place FROM claims").scalar() == ""
    eng.dispose()
    assert {"ix_claims_prior", "ix_claims_previous"} <= names
    assert not {"ix_claims_period", "ix_claims_published"} & names
    draft = Document(id="draft", text="d", date=date(2024, 12, 20))
    refs = store.references_for(draft, [claim("x", "tanks", 4, SEED_DAY)])
    assert [(r.role, r.value) for r in refs] == [("prior", 5), ("previous", 5)]


def test_migrations_are_appended_in_order():
    versions = [v for v, _, _ in schema.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


# -- documents ---------------------------------------------------------------------------------

def _doc(i: int, pub: date, text: str | None = None, path: str | None = None) -> Document:
    return Document(id=f"doc-{i}", text=text or f"article {i}", path=path, date=pub,
                    title=f"Article {i}", outlet="The Test Gazette")


def test_ingest_document_is_idempotent_and_replaces_claims(store):
    d = _doc(1, date(2024, 12, 17))
    claims = [claim(f"c{i}", "tanks", i, day(date(2024, 12, 16))) for i in range(5)]
    assert store.ingest_document(d, claims) == 5
    assert store.ingest_document(d, claims) == 5
    assert store.counts()["claims"] == 5 and store.counts()["documents"] == 1
    assert store.ingest_document(d, claims[:2]) == 2
    assert store.counts()["claims"] == 2 and store.counts()["documents"] == 1


def test_ingest_keeps_provenance(store):
    d = Document(id="a", text="body", path=None, date=date(2024, 12, 18), title="T",
                 outlet="The Danube Ledger")
    c = Claim(id="c1", text="1,580 personnel losses", start=10, end=32, line=3, column=4,
              value=1580, lower=1575, upper=1585, measure="personnel_losses", subject=RU,
              period=day(date(2024, 12, 17)), source="General Staff", hedge="reportedly")
    store.ingest_document(d, [c])
    eng = sa.create_engine(store.url)
    with eng.connect() as conn:
        row = conn.execute(sa.select(schema.claims, schema.documents.c.outlet)
                           .join_from(schema.claims, schema.documents)).one()
    eng.dispose()
    assert (row.document_id, row.outlet, row.published, row.source, row.hedge) == (
        "a", "The Danube Ledger", "2024-12-18", "General Staff", "reportedly")
    assert (row.text, row.start, row.end, row.line) == ("1,580 personnel losses", 10, 32, 3)
    assert (row.period_start, row.period_end, row.lower, row.upper) == (
        "2024-12-17", "2024-12-17", 1575, 1585)


def test_failed_ingest_leaves_the_previous_version(store):
    d = _doc(1, date(2024, 12, 17))
    store.ingest_document(d, [claim("c1", "tanks", 4, None)])
    # the second claim cannot be stored (its value is no number): the old claims are deleted
    # and the first new one inserted before that fails, so only rollback keeps the old version
    bad = [claim("c1", "tanks", 4, None), claim("c2", "tanks", complex(5, 1), None)]
    with pytest.raises(Exception):
        store.ingest_document(d, bad)
    assert store.counts()["claims"] == 1 and store.counts()["documents"] == 1
    refs = store.references_for(Document(id="x", text="x", date=date(2024, 12, 20)),
                                [claim("q", "tanks", 4, None)])
    assert [(r.role, r.value) for r in refs] == [("previous", 4)]


# -- datasets ----------------------------------------------------------------------------------

def test_bundled_dataset_ingests_and_reingest_replaces(store):
    n = store.ingest_dataset(GS)
    assert n > 20_000
    counts = store.counts()
    assert store.ingest_dataset(GS) == n
    assert store.counts() == counts
    assert counts["corrections"] > 0


@pytest.mark.skipif(not (SHARED / "datasets").is_dir(), reason="../shared is absent")
def test_converted_csv_matches_upstream_json():
    src = SHARED / "datasets" / "ukraine-general-staff-losses"
    personnel = {r["date"]: r["personnel"]
                 for r in json.loads((src / "russia_losses_personnel.json").read_text())}
    equipment = {r["date"]: r for r in json.loads((src / "russia_losses_equipment.json").read_text())}
    rows = read_dataset(GS)
    points = {(m, d): v for m, d, v, _, _ in rows.points}
    assert len(personnel) == len({d for m, d in points if m == "personnel_losses"})
    for d, v in personnel.items():
        assert points[("personnel_losses", d)] == v
    cols = {"tanks": "tank", "armoured_vehicles": "APC", "artillery": "field artillery",
            "mlrs": "MRL", "drones": "drone", "aircraft": "aircraft"}
    for d, rec in equipment.items():
        for m, col in cols.items():
            assert points[(m, d)] == rec[col]
        assert points[("artillery_and_mlrs", d)] == rec["field artillery"] + rec["MRL"]
    assert (SHARED / "datasets/ukraine-general-staff-losses/LICENSE").read_text() == \
        (GS / "LICENSE").read_text()


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "ds"
    shutil.copytree(GS, dst)
    return dst


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, count))


@pytest.mark.parametrize("old,new,where,message", [
    ("subject: russian_forces", "subjekt: russian_forces", "dataset.yaml:18:",
     "unknown field 'subjekt'"),
    ("lag_days: [0, 1]", "lag_days: [1, 0]", "dataset.yaml:22:", "'lag_days' must be"),
    ("  tanks:               {column: tank, unit: \"\", kind: cumulative}",
     "  tanks:               {column: tank, unit: \"\", kind: running}", "dataset.yaml:28:",
     "kind of 'tanks' must be one of cumulative, per_period"),
    ("{column: tank,", "{column: tonk,", "losses.csv:1:", "no column 'tonk' for measure 'tanks'"),
    ("sum_of: [artillery, mlrs]", "sum_of: [artillery, rockets]", "dataset.yaml:32:",
     "names unknown measure 'rockets'"),
    ("data: losses.csv", "data: missing.csv", "dataset.yaml:19:", "'missing.csv' does not exist"),
    ("measures:\n", "measures:\n  [broken\n", "dataset.yaml:", "invalid YAML"),
])
def test_malformed_mapping_is_one_clear_error(tmp_path, old, new, where, message):
    ds = _copy(tmp_path)
    _edit(ds / "dataset.yaml", old, new)
    with pytest.raises(DatasetError) as info:
        read_dataset(ds)
    text = str(info.value)
    assert where in text and message in text, text
    assert len(text.splitlines()) == 1


def _line_of(path: Path, needle: str) -> int:
    for n, line in enumerate(path.read_text().splitlines(), start=1):
        if line.startswith(needle):
            return n
    raise AssertionError(needle)


@pytest.mark.parametrize("mutate,message", [
    (lambda line: line.replace("765110", "76x110"), "not a number in column 'personnel'"),
    (lambda line: line.replace("2024-12-17", "2024-13-17"), "bad date '2024-13-17'"),
    (lambda line: line.replace("2024-12-17", "2024-12-16"), "date 2024-12-16 appears twice"),
    (lambda line: line + ",9", "19 cells where the header has 18"),
])
def test_malformed_data_row_names_file_and_line(tmp_path, store, mutate, message):
    ds = _copy(tmp_path)
    csv_path = ds / "losses.csv"
    n = _line_of(csv_path, "2024-12-17,")
    lines = csv_path.read_text().splitlines()
    lines[n - 1] = mutate(lines[n - 1])
    csv_path.write_text("\n".join(lines) + "\n")
    before = store.counts()
    with pytest.raises(DatasetError) as info:
        store.ingest_dataset(ds)
    assert str(info.value).startswith(f"{csv_path}:{n}: ")
    assert message in str(info.value)
    assert store.counts() == before  # nothing written


def test_malformed_corrections_row_names_its_line(tmp_path):
    ds = _copy(tmp_path)
    corr = ds / "corrections.csv"
    n = _line_of(corr, "2024-11-30,")
    lines = corr.read_text().splitlines()
    lines[n - 1] = lines[n - 1].replace("-85", "minus 85")
    corr.write_text("\n".join(lines) + "\n")
    with pytest.raises(DatasetError, match=rf"corrections.csv:{n}: not a number in column "
                                           r"'special equipment'"):
        read_dataset(ds)


def test_json_data_errors_name_the_record(tmp_path):
    ds = tmp_path / "json-ds"
    ds.mkdir()
    (ds / "data.json").write_text(json.dumps([
        {"day": "2024-01-01", "cases": 5}, {"day": "2024-01-02", "cases": "many"}]))
    (ds / "dataset.yaml").write_text(
        "source: Health Agency\nsubject: country_x\ndata: data.json\ndate_field: day\n"
        "measures:\n  cases: {column: cases, unit: '', kind: per_period}\n")
    with pytest.raises(DatasetError, match=r"data.json: record 2: not a number in column 'cases'"):
        read_dataset(ds)


def test_per_period_dataset_accumulates(tmp_path, store):
    ds = tmp_path / "pp"
    ds.mkdir()
    (ds / "data.csv").write_text("day,cases\n2024-01-01,5\n2024-01-02,7\n2024-01-03,2\n")
    (ds / "dataset.yaml").write_text(
        "id: cases\nsource: Health Agency\nsubject: country_x\ndata: data.csv\n"
        "date_field: day\nmeasures:\n  cases: {column: cases, unit: '', kind: per_period}\n")
    store.ingest_dataset(ds)
    doc = Document(id="d", text="t", date=date(2024, 1, 3))
    c = claim("c", "cases", 9, Period(date(2024, 1, 2), date(2024, 1, 3)), subject="country_x")
    refs = store.references_for(doc, [c])
    assert [(r.role, r.value) for r in refs] == [("period", 9)]


# -- look-ups against the General Staff dataset ------------------------------------------------

SEED_DATE = date(2024, 12, 17)
SEED_DAY = day(SEED_DATE - timedelta(days=1))      # "over the past 24 hours"
SEED = {"personnel_losses": 1600, "tanks": 4, "armoured_vehicles": 15, "artillery": 8,
        "mlrs": 0, "artillery_and_mlrs": 8, "drones": 34, "vehicles_fuel_tanks": 70}


def _seed_claims(period: Period) -> list[Claim]:
    return [claim(m, m, v, period) for m, v in SEED.items()] + [
        claim("total", "personnel_losses", 765_000, Period(date(2022, 2, 24), period.end),
              cumulative=True, lower=765_001, upper=770_000)]


def test_seed_figures_match_the_report_of_2024_12_17(gs_store):
    doc = Document(id="seed", text="seed", date=SEED_DATE)
    refs = gs_store.references_for(doc, _seed_claims(SEED_DAY))
    for m, v in SEED.items():
        lag0 = by(refs, m, "period")[0]
        assert lag0.value == v, m
        assert (lag0.date, lag0.period, lag0.cumulative) == (SEED_DATE, SEED_DAY, False)
        assert lag0.source == "General Staff of the Armed Forces of Ukraine"
        assert lag0.document == "ukraine-general-staff-losses"
        assert set(by(refs, m, "period")) == {0, 1}
    total = by(refs, "total", "period")
    assert total[0].value == 765_110 and total[0].date == SEED_DATE and total[0].cumulative
    assert total[1].value == 763_510
    latest = by(refs, "total", "latest")[0]
    assert (latest.value, latest.date) == (765_110, SEED_DATE)
    assert not by(refs, "tanks", "latest")  # latest is for cumulative claims only


def test_the_report_of_2024_12_27_has_other_values(gs_store):
    pub = date(2024, 12, 27)
    doc = Document(id="seed", text="seed", date=pub)
    refs = gs_store.references_for(doc, _seed_claims(day(pub - timedelta(days=1))))
    got = {m: by(refs, m, "period")[0].value for m in SEED}
    assert got == {"personnel_losses": 1650, "tanks": 14, "armoured_vehicles": 18,
                   "artillery": 22, "mlrs": 0, "artillery_and_mlrs": 22, "drones": 28,
                   "vehicles_fuel_tanks": 82}
    lag1 = {m: by(refs, m, "period")[1].value for m in SEED}
    assert lag1["personnel_losses"] == 1540 and lag1["tanks"] == 2
    assert by(refs, "total", "latest")[0].value == 782_510


def test_multi_day_period_is_a_sum_of_daily_increments(gs_store):
    week = Period(date(2024, 12, 10), date(2024, 12, 16))
    doc = Document(id="d", text="d", date=SEED_DATE)
    refs = gs_store.references_for(doc, [claim("w", "personnel_losses", 1600, week)])
    rows = {r["date"]: r["personnel"] for r in _csv_rows()}
    expect = rows["2024-12-17"] - rows["2024-12-10"]
    assert by(refs, "w", "period")[0].value == expect == 9170
    assert by(refs, "w", "period")[0].period == week


def _csv_rows():
    import csv
    with (GS / "losses.csv").open() as f:
        return [{k: (int(v) if v and k != "date" else v) for k, v in r.items()}
                for r in csv.DictReader(f)]


def test_corrections_are_not_one_days_losses(gs_store):
    # report of 2024-12-15: cruise missiles +82 in the series, of which +80 is a correction
    doc = Document(id="d", text="d", date=date(2024, 12, 15))
    refs = gs_store.references_for(doc, [claim("cm", "cruise_missiles", 2,
                                               day(date(2024, 12, 14)))])
    day0 = [r for r in refs if r.claim == "cm" and r.role == "period" and r.lag == 0]
    ref = day0[0]
    assert ref.value == 2 and ref.correction == 80
    assert "correction of +80 on 2024-12-15" in ref.detail
    # ... and the increment the report printed, correction included, is the other reading
    # (reporters quote it: "+82 cruise missiles over the past day")
    assert [r.value for r in day0[1:]] == [82]
    assert "correction of +80 on 2024-12-15 included" in day0[1].detail
    # the week around it: the correction is left out of the sum too
    week = Period(date(2024, 12, 10), date(2024, 12, 16))
    refs = [r for r in gs_store.references_for(Document(id="d", text="d", date=SEED_DATE),
                                               [claim("w", "cruise_missiles", 2, week)])
            if r.role == "period" and r.lag == 0]
    rows = {r["date"]: r["cruise missiles"] for r in _csv_rows()}
    assert refs[0].value == rows["2024-12-17"] - rows["2024-12-10"] - 80
    # ... and over several days the plain difference of the two totals is the other reading
    # (what a writer gets by subtracting them), saying so
    assert [r.value for r in refs[1:]] == [rows["2024-12-17"] - rows["2024-12-10"]]
    assert "correction of +80 on 2024-12-15 included" in refs[1].detail
    # a derived measure gets its parts' corrections: MRL -4 on 2024-11-30
    ref = by(gs_store.references_for(Document(id="d", text="d", date=date(2024, 11, 30)),
                                     [claim("a", "artillery_and_mlrs", 1,
                                            day(date(2024, 11, 29)))]), "a", "period")[0]
    assert ref.correction == -4


def test_reports_after_publication_are_never_used(gs_store):
    doc = Document(id="d", text="d", date=SEED_DATE)
    today = claim("t", "tanks", 4, day(SEED_DATE))   # the day of publication itself
    total = claim("tot", "personnel_losses", 765_000, Period(date(2022, 2, 24), SEED_DATE),
                  cumulative=True)
    refs = gs_store.references_for(doc, [today, total])
    assert set(by(refs, "t", "period")) == {1}       # only the report of the same day
    assert all(r.date <= SEED_DATE for r in refs)
    assert by(refs, "tot", "period")[0].value == 765_110


def test_claims_without_period_subject_or_match_get_no_reference(gs_store):
    doc = Document(id="d", text="d", date=SEED_DATE)
    claims = [claim("np", "tanks", 4, None), claim("ns", "tanks", 4, SEED_DAY, subject=None),
              claim("other", "gdp_growth", 3, SEED_DAY),
              claim("unit", "tanks", 4, SEED_DAY, unit="km"),
              claim("old", "tanks", 4, day(date(2020, 1, 1)))]
    refs = gs_store.references_for(doc, claims)
    # no value to compare with; for the coverage account, a `gap` says why where the dataset
    # has the measure and subject
    assert [r for r in refs if r.role != "gap"] == []
    assert {r.claim: r.text for r in refs} == {"np": "no period",
                                               "old": "before the dataset starts"}


# -- look-ups against prior articles -----------------------------------------------------------

def _article(store, i: int, pub: date, claims, text=None, path=None):
    d = _doc(i, pub, text=text, path=path)
    store.ingest_document(d, claims)
    return d


def test_prior_articles_same_measure_subject_and_period(store):
    per = SEED_DAY
    _article(store, 1, date(2024, 12, 17), [claim("a", "tanks", 5, per)])
    _article(store, 2, date(2024, 12, 16), [claim("b", "tanks", 4, per),
                                            claim("b2", "tanks", 9, day(date(2024, 12, 1)))])
    _article(store, 3, date(2024, 12, 18), [claim("c", "tanks", 7, per)])  # published later
    draft = Document(id="draft", text="new", date=date(2024, 12, 18))
    refs = store.references_for(draft, [claim("x", "tanks", 4, per)])
    prior = [r for r in refs if r.role == "prior"]
    assert [(r.document, r.value, r.date) for r in prior] == [
        ("doc-1", 5, date(2024, 12, 17)), ("doc-2", 4, date(2024, 12, 16))]
    assert prior[0].kind == "article" and prior[0].source == "The Test Gazette"
    assert "Article 1" in prior[0].detail and "2024-12-17" in prior[0].detail


def test_a_document_is_not_its_own_prior(store, tmp_path):
    f = tmp_path / "a.md"
    f.write_text("x")
    per = SEED_DAY
    _article(store, 1, date(2024, 12, 16), [claim("a", "tanks", 5, per)], text="same words",
             path=str(f))
    _article(store, 2, date(2024, 12, 15), [claim("b", "tanks", 6, per)])
    cands = [claim("x", "tanks", 4, per)]
    later = date(2024, 12, 20)
    for me in (Document(id="doc-1", text="edited", date=later),           # same id
               Document(id="other", text="same words", date=later),       # same text
               Document(id="other", text="edited", path=str(f), date=later)):  # same file
        docs = {r.document for r in store.references_for(me, cands)}
        assert docs == {"doc-2"}, me


def test_previous_report_of_a_distance_any_period(store):
    km = (("place", "pokrovsk"),)
    _article(store, 1, date(2024, 12, 3), [claim("a", "distance", 6, day(date(2024, 12, 3)),
                                                 unit="kilometer", extra=km)])
    _article(store, 2, date(2024, 12, 10), [claim("b", "distance", 4, day(date(2024, 12, 10)),
                                                  unit="kilometer", extra=km)])
    _article(store, 3, date(2024, 12, 12), [
        claim("c", "distance", 20, None, unit="kilometer", extra=(("place", "kurakhove"),))])
    _article(store, 4, date(2024, 12, 13), [   # a count, not a distance: never compared
        claim("d", "distance", 7, None, unit="", extra=km)])
    draft = Document(id="draft", text="d", date=date(2024, 12, 17))
    refs = store.references_for(draft, [claim("x", "distance", 3, day(date(2024, 12, 17)),
                                              unit="kilometer", extra=km)])
    prev = [r for r in refs if r.role == "previous"]
    assert [(r.document, r.value, r.date) for r in prev] == [("doc-2", 4, date(2024, 12, 10))]
    # the same place in miles is the same measure in another unit
    refs = store.references_for(draft, [claim("m", "distance", 2, day(date(2024, 12, 17)),
                                              unit="mile", extra=km)])
    assert [(r.document, r.unit) for r in refs if r.role == "previous"] == [("doc-2", "kilometer")]


def test_previous_cumulative_carries_corrections_in_between(store):
    store.ingest_dataset(GS)
    # special equipment: -85 correction on 2024-11-30
    _article(store, 1, date(2024, 11, 28), [claim("a", "special_equipment", 3700,
                                                  None, cumulative=True)])
    draft = Document(id="draft", text="d", date=date(2024, 12, 2))
    refs = store.references_for(draft, [claim("x", "special_equipment", 3620, None,
                                              cumulative=True)])
    prev = [r for r in refs if r.role == "previous"]
    assert len(prev) == 1 and prev[0].value == 3700 and prev[0].correction == -85
    assert prev[0].lower == 3700 - 85   # the floor a later total may fall to


def test_previous_is_as_of_the_claims_own_date(store):
    total = lambda cid, v, end: claim(cid, "personnel_losses", v,  # noqa: E731
                                      Period(date(2022, 2, 24), end), cumulative=True)
    _article(store, 1, date(2024, 11, 4), [total("a", 700_390, date(2024, 11, 4))])
    _article(store, 2, date(2024, 11, 11), [total("b", 710_660, date(2024, 11, 11))])
    draft = Document(id="draft", text="d", date=date(2024, 11, 13))
    # "700,390 on 4 November", quoted on 13 November: compared with the report of 4 November
    old = store.references_for(draft, [total("x", 700_390, date(2024, 11, 4))])
    assert [(r.document, r.value) for r in old if r.role == "previous"] == [("doc-1", 700_390)]
    new = store.references_for(draft, [total("y", 714_380, date(2024, 11, 13))])
    assert [(r.document, r.value) for r in new if r.role == "previous"] == [("doc-2", 710_660)]


def test_a_figure_repeated_in_one_prior_article_is_one_prior(store):
    _article(store, 1, date(2024, 12, 16), [claim("k", "tanks", 12, SEED_DAY),   # key points
                                            claim("b", "tanks", 12, SEED_DAY),   # body
                                            claim("c", "tanks", 13, SEED_DAY)])  # a typo
    draft = Document(id="draft", text="d", date=date(2024, 12, 20))
    refs = store.references_for(draft, [claim("x", "tanks", 4, SEED_DAY)])
    assert sorted(r.value for r in refs if r.role == "prior") == [12, 13]


def test_store_is_picklable_and_reopens(store):
    import pickle
    with pickle.loads(pickle.dumps(store)) as again:
        assert again.url == store.url and again.schema_version() == schema.LATEST


def test_undated_document_gets_dataset_references_only(gs_store):
    doc = Document(id="undated", text="u", date=None)
    refs = gs_store.references_for(doc, [claim("t", "tanks", 4, SEED_DAY)])
    assert {r.role for r in refs} == {"period"} and {r.lag for r in refs} == {0, 1}


def test_look_ups_are_index_seeks_never_table_scans(tmp_path):
    """The speed guard that does not time anything: every look-up query uses an index."""
    from factcheck.store import lookup

    store = Store.open(tmp_path / "s.sqlite")
    store.ingest_dataset(GS)
    _article(store, 1, date(2024, 12, 16), [claim("a", "tanks", 5, SEED_DAY)])
    queries = [q for q in vars(lookup).values() if isinstance(q, lookup.Prepared)]
    assert len(queries) >= 6
    raw = store._engine.raw_connection()
    try:
        for q in queries:
            comp = q.stmt.compile(dialect=store._engine.dialect)
            params = {**{k: v for k, v in comp.params.items() if v is not None}}
            args = [params.get(name, "x") for name in comp.positiontup]
            plan = " | ".join(row[-1] for row in raw.execute(f"EXPLAIN QUERY PLAN {comp}", args))
            for table in ("claims", "data_points", "corrections", "documents"):
                assert f"SCAN {table}" not in plan, (str(comp), plan)
    finally:
        raw.close()


def test_series_for_charts_is_in_the_claims_terms(store):
    """Daily figures chart as daily increments by loss day; running totals as totals."""
    from datetime import date as _date

    from factcheck.model import Claim, Period
    from factcheck.resources import corpus_dir

    store.ingest_dataset(corpus_dir() / "datasets" / "ukraine-general-staff-losses")
    daily = Claim(id="c1", text="1,600", start=0, end=5, line=1, column=1, value=1600,
                  measure="personnel_losses", subject="russian_forces",
                  period=Period(_date(2024, 12, 16), _date(2024, 12, 16)))
    points = dict(store.series_for(daily, days=3))
    assert points[_date(2024, 12, 16)] == 1600   # the report of 2024-12-17
    assert len(points) == 7
    total = Claim(id="c2", text="765,110", start=0, end=7, line=1, column=1, value=765110,
                  measure="personnel_losses", subject="russian_forces", cumulative=True,
                  period=Period(_date(2022, 2, 24), _date(2024, 12, 17)))
    points = dict(store.series_for(total, days=2))
    assert points[_date(2024, 12, 17)] == 765110 and len(points) == 5
