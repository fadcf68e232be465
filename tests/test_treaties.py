"""Treaties: obligations in force on a date, treaty timelines, and the ATOP import."""
from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from casus.treaties import load_treaty_base

from conftest import SHARED, needs_shared

ATOP = SHARED / "treaties"


def defenders(attacked: str, day: str) -> dict[str, list]:
    rows = load_treaty_base().commitments_toward(attacked, dt.date.fromisoformat(day), ["defense"])
    found: dict[str, list] = {}
    for row in rows:
        found.setdefault(row.party, []).append(row)
    return found


def test_who_must_help_russia_in_december_2024():
    found = defenders("RUS", "2024-12-10")
    prk = found["PRK"][0]
    assert (prk.treaty_id, prk.article, prk.in_force_since) == \
        ("rus-prk-2024", "Article 4", dt.date(2024, 12, 4))
    assert {"BLR", "KAZ", "KGZ", "TJK", "ARM"} <= set(found)
    armenia = [r for r in found["ARM"] if r.treaty_id.startswith("cst")]
    assert armenia and "frozen" in armenia[0].status
    assert {r.treaty_id for r in found["ARM"]} > {armenia[0].treaty_id}   # bilateral too


def test_treaty_not_yet_in_force_binds_nobody():
    assert "PRK" not in defenders("RUS", "2024-06-01")


def test_who_must_help_the_united_states():
    found = defenders("USA", "2024-12-10")
    assert {"GBR", "FRA", "DEU", "POL", "FIN", "SWE", "TUR", "CAN"} <= set(found)
    [japan] = found["JPN"]
    assert any("administration of Japan" in c for c in japan.conditions)
    assert "SWE" not in defenders("USA", "2023-06-01")


def test_what_pyongyang_owes():
    rows = load_treaty_base().commitments_by("PRK", dt.date(2024, 12, 10))
    assert {("RUS", "rus-prk-2024"), ("CHN", "chn-prk-1961")} <= {(r.toward, r.treaty_id) for r in rows}


def test_treaty_timeline():
    treaty = load_treaty_base().get("rus-prk-2024")
    kinds = [(s.date.isoformat(), s.kind, s.party) for s in treaty.timeline]
    assert ("2024-06-19", "signed", None) in kinds
    assert ("2024-11-06", "ratified", "RUS") in kinds
    assert ("2024-12-04", "entered_into_force", None) in kinds
    assert load_treaty_base().get("Comprehensive Strategic Partnership Treaty") is treaty


def test_cli_obligations_json_shape(cli):
    result = cli("obligations", "--attacked", "RUS", "--on", "2024-12-10", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert set(rows[0]) >= {"party", "treaty_id", "treaty", "article", "kind", "conditions",
                            "in_force_since"}
    assert cli("obligations", "--on", "2024-12-10").exit_code == 2
    assert cli("treaty", "no-such-treaty").exit_code == 1


@needs_shared
def test_atop_import_round_trips(cli, tmp_path):
    db = tmp_path / "atop.duckdb"
    member = ATOP / "atop_v4_member_level_arms-allies.csv"
    alliance = ATOP / "atop_v4_alliance_level_arms-allies.csv"
    result = cli("treaties", "import-atop", str(member), str(alliance), "--db", str(db))
    assert result.exit_code == 0, result.stderr
    from casus import Store
    from casus.treaties import treaty_base_with_store
    with Store(db, read_only=True) as store:
        imported = [t for t in treaty_base_with_store(store).treaties if t.origin == "ATOP"]
    with open(alliance, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(imported) == len(rows)
    for kind, column in (("defense", "defense"), ("offense", "offense"), ("neutrality", "neutral"),
                         ("nonaggression", "nonagg"), ("consultation", "consul")):
        expected = sum(1 for r in rows if float(r[column] or 0) > 0)
        assert sum(1 for t in imported if any(o.kind == kind for o in t.obligations)) == expected
    franco_russian = cli("obligations", "--attacked", "FRA", "--on", "1914-08-01", "--kind",
                         "defense", "--db", str(db), "--format", "json")
    assert "RUS" in {r["party"] for r in json.loads(franco_russian.stdout)}


@needs_shared
def test_atop_dyad_years_answer_for_their_year(cli, tmp_path):
    db = tmp_path / "ddy.duckdb"
    ddy = ATOP / "atop_alliance_v5.1_ddy.csv"
    assert cli("treaties", "import-atop", str(ddy), "--db", str(db)).exit_code == 0
    rows = json.loads(cli("obligations", "--attacked", "USA", "--on", "2010-06-01", "--kind",
                          "defense", "--db", str(db), "--format", "json").stdout)
    assert "JPN" in {r["party"] for r in rows}


@needs_shared
def test_seed_article_claims_are_checked(cli):
    from conftest import SEED
    result = cli("check", str(SEED), "--published", "2024-12-10", "--format", "json")
    assert result.exit_code == 0, result.stderr
    checks = json.loads(result.stdout)
    by_step = {c["step"]: c for c in checks}
    assert by_step["signed"]["status"] == "contradicted"
    assert by_step["signed"]["expected"] == ["2024-06-19"]
    assert by_step["ratified"]["status"] == "consistent"
    assert "2024-11-06" in by_step["ratified"]["expected"]
    assert "2024-10-24" in by_step["ratified"]["evidence"]           # the Duma's earlier vote
    assert by_step["entered_into_force"]["status"] == "consistent"
    quoted = by_step["quoted_clause"]
    assert (quoted["treaty_id"], quoted["article"]) == ("rus-prk-2024", "Article 4")
    text = SEED.read_text(encoding="utf-8")
    for c in checks:
        assert {"claim", "span", "status", "expected", "evidence"} <= set(c)
        assert text[c["span"]["start"]:c["span"]["end"]] == c["span"]["text"]


def test_checks_are_stored_with_the_article(tmp_path):
    from casus import Pipeline, Settings, Store
    from casus.stages.ingest import article_from_text
    text = ("Finland joined NATO on April 4, 2023, after Turkey's parliament approved its "
            "membership. Sweden signed the North Atlantic Treaty on March 1, 2024.")
    pipeline = Pipeline(Settings())
    coded = pipeline.code_article(article_from_text(text, pipeline.settings,
                                                    published="2024-03-10"))
    with Store(tmp_path / "t.duckdb") as store:
        store.add(coded)
        stored = store.checks(coded.article.article_id)
    statuses = {(c["step"], c["status"]) for c in stored}
    assert ("acceded", "consistent") in statuses
    assert ("signed", "unknown") in statuses or ("signed", "contradicted") in statuses


@pytest.mark.parametrize("text,published,treaty,step,party", [
    ("Russia's Federation Council approved the treaty with North Korea on Wednesday.",
     "2024-11-07", "rus-prk-2024", "ratified", "RUS"),
    ("Sweden formally joined NATO on Thursday.", "2024-03-08", "nato-1949", "acceded", "SWE"),
    ("Russia suspended its participation in the New START treaty.", "2023-02-22",
     "new-start-2010", "suspended", "RUS"),
    ("The United States withdrew from the INF Treaty on August 2, 2019.", "2019-08-03",
     "inf-1987", "withdrawn", "USA"),
])
def test_treaty_events_are_recognised(pipeline, text, published, treaty, step, party):
    from casus.stages.ingest import article_from_text
    coded = pipeline.code_article(article_from_text(text, pipeline.settings, published=published))
    assert (treaty, step, party) in {(e.treaty_id, e.step, e.party) for e in coded.treaty_events}


def test_plans_and_debates_are_not_treaty_events(pipeline):
    from casus.stages.ingest import article_from_text
    for text in ("Lawmakers will debate the New START treaty next week.",
                 "If the Senate ratifies the treaty, it will enter into force."):
        coded = pipeline.code_article(article_from_text(text, pipeline.settings,
                                                        published="2024-01-01"))
        assert not coded.treaty_events, text


def test_python_api_matches_the_cli(cli):
    import casus
    rows = casus.obligations(attacked="RUS", on="2024-12-10", kinds=["defense"])
    cli_rows = json.loads(cli("obligations", "--attacked", "RUS", "--on", "2024-12-10", "--kind",
                              "defense", "--format", "json").stdout)
    assert rows == cli_rows
    assert casus.treaty("New START").id == "new-start-2010"
    with pytest.raises(ValueError):
        casus.obligations(on="2024-12-10")


def test_a_treaty_that_never_entered_into_force_binds_nobody():
    ctbt = load_treaty_base().get("ctbt-1996")
    assert not ctbt.in_force_on(dt.date(2020, 1, 1))
    assert load_treaty_base().get("nato-1949").in_force_on(dt.date(2020, 1, 1))
