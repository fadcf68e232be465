"""Treaty commands: obligations, treaty, treaties list / import-atop. Thin shells over
casus.treaties."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
from rich.console import Console

from .errors import CasusError
from .render import rows_table
from .settings import DEFAULT_DB

DB_OPTION = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False, path_type=Path),
                         help="Store holding imported treaties (bundled ones need none).")
KIND_CHOICE = click.Choice(["defense", "offense", "neutrality", "nonaggression", "consultation"])


def _base(db_path: Path):
    from .store import Store
    from .treaties import load_treaty_base, treaty_base_with_store

    if not db_path.exists():
        return load_treaty_base(), None
    store = Store(db_path, read_only=True)
    return treaty_base_with_store(store), store


def _console() -> Console:
    """Wide tables read better in a log than folded ones; a terminal keeps its own width."""
    console = Console()
    return console if console.is_terminal else Console(width=200)


def _day(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint="--on") from None


@click.command()
@click.option("--attacked", metavar="ISO3", help="Who is bound to help this state if attacked.")
@click.option("--by", "by_party", metavar="ISO3", help="What this state is bound to do, for whom.")
@click.option("--on", "on_date", metavar="DATE", help="Date of the question (default today).")
@click.option("--kind", "kinds", multiple=True, type=KIND_CHOICE,
              help="Only these obligation kinds (repeatable; default all).")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def obligations(attacked, by_party, on_date, kinds, db_path, fmt) -> None:
    """Treaty obligations in force on a date: toward an attacked state, or owed by a state.

    Examples: casus obligations --attacked RUS --on 2024-12-10;  casus obligations --by PRK
    """
    if bool(attacked) == bool(by_party):
        raise click.UsageError("give exactly one of --attacked or --by")
    day = _day(on_date)
    base, store = _base(db_path)
    kinds = kinds or ("defense", "offense", "neutrality", "nonaggression", "consultation")
    rows = (base.commitments_toward(attacked.upper(), day, kinds) if attacked
            else base.commitments_by(by_party.upper(), day, kinds))
    records = [r.to_dict() for r in rows]
    if store is not None:
        records += _dyad_records(store, attacked, by_party, day, kinds, records)
        store.close()
    if fmt == "json":
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
        return
    title = (f"Obligations toward {attacked.upper()} if attacked, on {day}" if attacked
             else f"Obligations of {by_party.upper()} on {day}")
    _console().print(rows_table(
        title, ["party", "toward", "kind", "treaty", "article", "since", "conditions", "status"],
        [(r["party"], r["toward"], r["kind"], r["treaty_id"], r["article"] or "",
          r["in_force_since"], "; ".join(r["conditions"][:2]), r["status"] or "")
         for r in records]))


def _dyad_records(store, attacked, by_party, day, kinds, known) -> list[dict]:
    """ATOP dyad-year rows for the year, for pairs no treaty record already explains."""
    column_kinds = ["defense", "offense", "neutrality", "nonaggression", "consultation"]
    seen = {(r["party"], r["toward"], r["kind"]) for r in known}
    found = []
    for owing, owed, *flags in store.dyad_obligations(attacked and attacked.upper(),
                                                      by_party and by_party.upper(), day.year):
        for kind, flag in zip(column_kinds, flags):
            if flag and kind in kinds and (owing, owed, kind) not in seen:
                found.append({"party": owing, "toward": owed, "treaty_id": f"atop-ddy-{day.year}",
                              "treaty": "ATOP directed dyad-year data", "article": None,
                              "kind": kind, "conditions": [], "in_force_since": f"{day.year}",
                              "status": None, "status_note": None, "summary": None,
                              "source": "ATOP dyad-year"})
    return found


@click.command()
@click.argument("treaty_id")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def treaty(treaty_id: str, db_path: Path, fmt: str) -> None:
    """Show one treaty: parties, timeline and obligations (TREATY_ID or a known name)."""
    base, store = _base(db_path)
    found = base.get(treaty_id)
    if store is not None:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(found.to_dict(), indent=2, ensure_ascii=False))
        return
    console = _console()
    console.print(f"[bold]{found.name}[/] ({found.id}, {found.kind}; source {found.origin})")
    since = found.in_force_from.isoformat() if found.in_force_from else "unknown"
    until = found.in_force_until.isoformat() if found.in_force_until else "now"
    console.print(f"In force: {since} → {until}")
    console.print(rows_table("Timeline", ["date", "step", "party", "body", "note"],
                             [(s.date, s.kind, s.party or "", s.body or "", s.note or "")
                              for s in found.timeline]))
    console.print(rows_table("Parties", ["party", "joined", "left", "status"],
                             [(p.party, p.joined, p.left or "", "; ".join(
                                 f"{s.status} since {s.start}" for s in p.status))
                              for p in found.parties]))
    console.print(rows_table("Obligations", ["kind", "article", "by", "toward", "summary"],
                             [(o.kind, o.article or "", ", ".join(o.by or ["all"]),
                               ", ".join(o.toward or ["all"]), o.summary or "")
                              for o in found.obligations]))


@click.group()
def treaties() -> None:
    """List the treaty knowledge base, or import ATOP data into a store."""


@treaties.command(name="list")
@DB_OPTION
def list_treaties(db_path: Path) -> None:
    """List known treaties (bundled and imported)."""
    base, store = _base(db_path)
    if store is not None:
        store.close()
    _console().print(rows_table(
        "Treaties", ["id", "name", "parties", "in force", "source"],
        [(t.id, t.name, len(t.parties), t.in_force_from or "", t.origin) for t in base.treaties]))


@treaties.command(name="import-atop")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@DB_OPTION
def import_atop(files: tuple[Path, ...], db_path: Path) -> None:
    """Import ATOP CSVs (member-level + alliance-level, and/or the directed dyad-year file)."""
    from .store import Store
    from .treaties import atop

    kinds = {atop.file_kind(path): path for path in files}
    if ("member" in kinds) != ("alliance" in kinds):
        raise CasusError("ATOP member-level and alliance-level files go together; give both")
    with Store(db_path) as store:
        if "member" in kinds:
            records = atop.treaties_from_atop(atop.read_rows(kinds["member"]),
                                              atop.read_rows(kinds["alliance"]))
            count = store.add_treaties(records)
            click.echo(f"casus: imported {count} ATOP alliances into {db_path}", err=True)
        if "dyad" in kinds:
            count = store.replace_dyad_years(atop.dyad_years(atop.read_rows(kinds["dyad"])))
            click.echo(f"casus: imported {count} ATOP dyad-years into {db_path}", err=True)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", metavar="DATE", help="Publication date for inputs that have none.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def check(inputs: tuple[str, ...], published: str | None, fmt: str) -> None:
    """Check what ARTICLE(s) claim about treaties against the knowledge base.

    Each dated claim (signed, ratified, entered into force, joined, suspended, withdrew...) is
    consistent, contradicted or unknown, with the evidence; quoted treaty clauses are matched
    to their article.
    """
    from .cli import _articles, _pipeline, _settings, Tally

    settings = _settings(published)
    tally = Tally()
    results = []
    for coded in _pipeline(settings).code(_articles(inputs, settings, tally)):
        results.extend({"article_id": coded.article.article_id, **c} for c in coded.checks)
    if fmt == "json":
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        _console().print(rows_table(
            "Treaty claims", ["status", "claim", "treaty", "expected", "evidence"],
            [(r["status"], r["claim"], r.get("treaty_id") or "", ", ".join(r["expected"]),
              r["evidence"]) for r in results]))
    if tally.skipped:
        raise SystemExit(1)
