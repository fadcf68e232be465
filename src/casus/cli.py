"""The command line: a thin shell over the library. Errors become one line and an exit code."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import __version__
from .errors import CasusError, InputError
from .model import Article, CodedArticle, Skipped
from .settings import DEFAULT_DB, Settings

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
DB_OPTION = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False, path_type=Path),
                         help="DuckDB store file.")
PUBLISHED_OPTION = click.option("--published", metavar="DATE",
                                help="Publication date (YYYY-MM-DD) for inputs that have none.")


@dataclass
class Tally:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    events: int = 0


def _stderr() -> Console:
    return Console(stderr=True)


def _say(message: str) -> None:
    """One unwrapped line on stderr, for people and for scripts that grep it."""
    click.echo(message, err=True)


def _settings(published: str | None, db_path: Path | None = None, dictionaries=()) -> Settings:
    from .stages.ingest import normalise_date

    try:
        published = normalise_date(published, "--published")
    except InputError as exc:
        raise click.BadParameter(f"{exc.reason}", param_hint="--published") from None
    return Settings(db_path=db_path or Path(DEFAULT_DB), published=published,
                    user_dictionaries=tuple(Path(d) for d in dictionaries))


def _articles(inputs: Iterable[str], settings: Settings, tally: Tally) -> Iterator[Article]:
    from .stages.ingest import read_inputs

    for item in read_inputs(inputs, settings):
        if isinstance(item, Skipped):
            tally.skipped += 1
            _say(f"casus: skipped {item.message}")
        else:
            tally.read += 1
            yield item


def _pipeline(settings: Settings):
    from .pipeline import Pipeline

    return Pipeline(settings)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="casus")
def cli() -> None:
    """casus: code news text into an auditable political event dataset.

    Events carry CAMEO, PLOVER, QuadClass and Goldstein codes, coded actors, dates, places,
    attribution and modality, with character offsets for every field.
    """


@cli.command()
@click.argument("inputs", nargs=-1)
@PUBLISHED_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl",
              show_default=True)
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True),
              help="Extra actor dictionary (YAML; see docs/dictionaries.md). Repeatable.")
def code(inputs: tuple[str, ...], published: str | None, fmt: str, dictionaries) -> None:
    """Code INPUT files, directories or - (stdin) and print events without storing them.

    Inputs: .txt, .html, .json, .jsonl, .csv, or directories of these.
    """
    from .render import events_table, to_csv, to_jsonl

    settings = _settings(published, dictionaries=dictionaries)
    tally = Tally()
    coded = _pipeline(settings).code(_articles(inputs or ("-",), settings, tally))
    records = (e.to_dict() for article in coded for e in article.events)
    if fmt == "table":
        Console().print(events_table(list(records)))
    else:
        for chunk in (to_jsonl(records) if fmt == "jsonl" else to_csv(records)):
            sys.stdout.write(chunk)
    if tally.skipped:
        sys.exit(EXIT_BAD_INPUT)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@PUBLISHED_OPTION
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True),
              help="Extra actor dictionary (YAML). Repeatable.")
def ingest(inputs: tuple[str, ...], db_path: Path, published: str | None, dictionaries) -> None:
    """Code INPUT files and store articles and events in the DuckDB store.

    Idempotent: an article already stored (same id, or same text when it has no id) is skipped.
    Each article is stored in its own transaction, so an interrupted ingest keeps whole articles.
    """
    settings = _settings(published, db_path, dictionaries)
    tally = run_ingest(inputs, settings)
    _say(f"casus: {tally.read} articles read, {tally.stored} stored, "
         f"{tally.duplicates} already stored, {tally.skipped} skipped; "
         f"{tally.events} events stored in {db_path}")
    if tally.skipped:
        sys.exit(EXIT_BAD_INPUT)


def run_ingest(inputs: Iterable[str], settings: Settings) -> Tally:
    from .store import Store

    tally = Tally()
    with Store(settings.db_path) as store:
        pipeline = _pipeline(settings)
        fresh = (a for a in _articles(inputs, settings, tally) if not _seen(store, a, tally))
        with _progress() as progress:
            task = progress.add_task("coding", total=None)
            for coded in pipeline.code(fresh):
                _store_one(store, coded, tally)
                progress.advance(task)
    return tally


def _seen(store, article: Article, tally: Tally) -> bool:
    if store.has_article(article.article_id):
        tally.duplicates += 1
        return True
    return False


def _store_one(store, coded: CodedArticle, tally: Tally) -> None:
    if store.add(coded):
        tally.stored += 1
        tally.events += len(coded.events)
    else:
        tally.duplicates += 1


def _progress() -> Progress:
    console = _stderr()
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=True,
                    disable=not console.is_terminal)


@cli.command()
@DB_OPTION
@click.option("--actor", help="Source or target code starts with this (e.g. RUS, PRKMIL).")
@click.option("--dyad", help="SOURCE,TARGET code prefixes, e.g. RUS,UKR.")
@click.option("--since", metavar="DATE", help="Events on or after this date.")
@click.option("--until", metavar="DATE", help="Events on or before this date.")
@click.option("--cameo", "cameo_root", help="CAMEO root code, e.g. 19.")
@click.option("--plover", "plover_type", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--modality", type=click.Choice(["asserted", "reported", "alleged", "speculated",
                                               "unconfirmed", "denied", "negated",
                                               "hypothetical", "future"]))
@click.option("--attributed-to", "attributed_to", help="Attribution source code prefix.")
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv", "parquet"]),
              default="table", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (required for parquet).")
def events(db_path: Path, actor, dyad, since, until, cameo_root, plover_type, modality,
           attributed_to, limit, fmt, output) -> None:
    """Query stored events."""
    from .render import events_table, to_csv, to_jsonl, write_parquet
    from .store import EventQuery, Store

    if dyad and len(dyad.split(",")) != 2:
        raise click.BadParameter("expected SOURCE,TARGET", param_hint="--dyad")
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs --output FILE")
    if not db_path.exists():
        raise CasusError(f"{db_path}: no such store; run 'casus ingest' first")
    query = EventQuery(actor=actor, dyad=tuple(dyad.split(",")) if dyad else None, since=since,
                       until=until, cameo_root=cameo_root.zfill(2) if cameo_root else None,
                       plover_type=plover_type.upper() if plover_type else None,
                       modality=modality, attributed_to=attributed_to, limit=limit)
    with Store(db_path, read_only=True) as store:
        records = store.events(query)
        if fmt == "parquet":
            count = write_parquet(records, output)
            _say(f"casus: wrote {count} events to {output}")
        elif fmt == "table":
            Console(file=open(output, "w", encoding="utf-8") if output else None).print(
                events_table(list(records)))
        else:
            chunks = to_jsonl(records) if fmt == "jsonl" else to_csv(records)
            _write_chunks(chunks, output)


def _write_chunks(chunks: Iterable[str], output: Path | None) -> None:
    if output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        handle.writelines(chunks)


@cli.command()
@DB_OPTION
def demo(db_path: Path) -> None:
    """Code the bundled sample corpus into the store and show what was found."""
    from .render import events_table, rows_table
    from .resources import sample_corpus
    from .store import EventQuery, Store

    settings = _settings(None, db_path)
    tally = run_ingest([str(sample_corpus())], settings)
    console = Console(soft_wrap=True)
    console.print(f"[bold]casus demo[/]: {tally.read} sample articles, {tally.stored} newly "
                  f"stored, {tally.duplicates} already stored, store {db_path}")
    with Store(db_path, read_only=True) as store:
        counts = store.counts()
        console.print(f"{counts['articles']} articles and {counts['events']} events in the store")
        console.print(rows_table("Events by QuadClass", ["quad_class", "events", "mean goldstein"],
                                 store.summary("by_quad")))
        console.print(rows_table("Top CAMEO roots", ["cameo_root", "plover", "events"],
                                 store.summary("by_root")))
        console.print(rows_table("Top dyads", ["source", "target", "events", "mean goldstein"],
                                 store.summary("top_dyads")))
        console.print(rows_table("Modality", ["modality", "events"], store.summary("by_modality")))
        console.print(events_table(store.events(EventQuery(limit=15)), title="First 15 events"))
    console.print("Query more with: .venv/bin/casus events --db "
                  f"{db_path} --actor RUS --format table")


@cli.command(name="eval")
@click.argument("golds", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--errors", "show_errors", type=int, default=0,
              help="Also list this many mistakes per gold set.")
def eval_command(golds: tuple[Path, ...], fmt: str, show_errors: int) -> None:
    """Score the coder against GOLD data: the PLOVER gold standard file, a ConfliBERT
    cameo_class .tsv, casus's own test sets (tests/data/*.yaml), or folders holding them
    (e.g. ../shared/gold tests/data)."""
    import json

    from .evaluate import evaluate
    from .render import rows_table

    pipeline = _pipeline(Settings())
    reports = [report for gold in golds for report in evaluate(gold, pipeline)]
    if fmt == "json":
        merged = {name: value for r in reports for name, value in r.as_dict().items()}
        click.echo(json.dumps(merged, indent=2))
        return
    console = Console()
    rows = [(s.name, f"{s.value:.4f}", f"{s.correct}/{s.total}", r.gold)
            for r in reports for s in r.scores]
    console.print(rows_table("casus eval", ["metric", "score", "correct", "gold"], rows))
    for report in reports:
        for error in report.errors[:show_errors]:
            console.print(error, markup=False, highlight=False)


def _add_treaty_commands() -> None:
    from .cli_treaties import check, obligations, treaties, treaty

    for command in (obligations, treaty, treaties, check):
        cli.add_command(command)


_add_treaty_commands()


def main(argv: list[str] | None = None) -> int:
    """Entry point: usage errors exit 2, input errors 1, and no traceback for either."""
    try:
        cli.main(args=argv, prog_name="casus", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except click.Abort:
        _say("casus: aborted")
        return EXIT_BAD_INPUT
    except CasusError as exc:
        _say(f"casus: error: {exc}")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    return EXIT_OK


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
