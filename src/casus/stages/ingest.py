"""Ingest: turn files, directories and stdin into Articles, or Skipped records that say why not.

Every problem with one input is reported against that input (file and line) and the batch goes
on; nothing here raises for a user's bad file.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from ..errors import InputError
from ..model import Article, Skipped
from ..settings import Settings

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".json", ".csv"}
RECORD_FIELDS = ("id", "url", "title", "published", "source", "language")

# Frequent English function words: an English news text has roughly a third of its words here.
ENGLISH_FUNCTION_WORDS = frozenset("""
a an the of and or but to in on at by for from with about as into over after before against
is are was were be been being has have had do does did will would shall should can could may might
that this these those it its he she they them their his her we our you i not no said says
which who whom whose what when where while than then there also more most other such
""".split())
WORD = re.compile(r"[^\W\d_]+")

Result = Article | Skipped


def read_inputs(inputs: Iterable[str], settings: Settings, stdin: io.BufferedIOBase | None = None
                ) -> Iterator[Result]:
    """Yield an Article or a Skipped for every article found in `inputs`, in input order."""
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes("<stdin>", stream.read(), _sniff_kind, settings)
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in KNOWN_SUFFIXES and not child.name.startswith("."):
                    yield from _read_file(child, settings)
        elif path.exists():
            yield from _read_file(path, settings)
        else:
            yield Skipped(name, "no such file or directory")


def article_id_for(text: str) -> str:
    """Stable id from the normalised text, so the same article ingested twice is stored once."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:20]


def article_from_text(text: str, settings: Settings, origin: str = "<text>", **fields: object
                      ) -> Article:
    """Validate one article's text and metadata; raises InputError with the reason."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(origin, "empty text")
    if "\x00" in text:
        raise InputError(origin, "binary content (NUL bytes) in text")
    if not WORD.search(text):
        raise InputError(origin, "no words in text")
    if len(text) > settings.max_article_chars:
        raise InputError(origin, f"article too long ({len(text):,} characters; "
                                 f"limit {settings.max_article_chars:,})")
    language = _clean(fields.get("language"))
    if language and language.lower().split("-")[0] not in ("en", "eng", "english"):
        raise InputError(origin, f"language {language!r} is not supported (English only)")
    if not language and not looks_english(text, settings.min_english_ratio):
        raise InputError(origin, "text does not look like English (English only)")
    published = normalise_date(fields.get("published"), origin) or settings.published
    given_id = fields.get("id")
    article_id = str(given_id) if given_id not in (None, "") else article_id_for(text)
    return Article(article_id=article_id, text=text, url=_clean(fields.get("url")),
                   title=_clean(fields.get("title")), published=published,
                   source=_clean(fields.get("source")), language=language or "en", origin=origin)


def looks_english(text: str, min_ratio: float) -> bool:
    words = WORD.findall(text[:20000])
    if not words:
        return True
    non_latin = sum(1 for w in words if not w.isascii() and not _is_latin(w))
    if non_latin / len(words) > 0.3:
        return False
    if len(words) < 30:         # a headline or a sentence of names proves nothing
        return True
    hits = sum(1 for w in words if w.lower() in ENGLISH_FUNCTION_WORDS)
    return hits / len(words) >= min_ratio


def normalise_date(value: object, origin: str) -> str | None:
    """An ISO date or timestamp (or a date object) as YYYY-MM-DD; InputError if unreadable."""
    if value in (None, ""):
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise InputError(origin, f"published date {text!r} is not an ISO date") from None


def _is_latin(word: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in word if ch.isalpha())


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _read_file(path: Path, settings: Settings) -> Iterator[Result]:
    origin = str(path)
    try:
        size = path.stat().st_size
        kind = _kind_for(path)
        if size > settings.max_file_bytes and kind != "jsonl":
            yield Skipped(origin, f"file too large ({size / 1e6:.1f} MB; limit "
                                  f"{settings.max_file_bytes / 1e6:.0f} MB)")
            return
        if kind == "jsonl":
            yield from _read_jsonl_stream(origin, path, settings)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(origin, f"cannot read file: {exc.strerror}")
        return
    yield from _read_bytes(origin, data, lambda _data: kind, settings)


def _kind_for(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix == ".csv":
        return "csv"
    return "text"


def _sniff_kind(data: bytes) -> str:
    head = data.lstrip()[:200]
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    if head[:100].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _read_bytes(origin: str, data: bytes, kind_of, settings: Settings) -> Iterator[Result]:
    try:
        kind = kind_of(data)
        text = decode_text(origin, data)
        if kind == "jsonl":
            yield from _jsonl_records(origin, io.StringIO(text), settings)
        elif kind == "json":
            yield from _json_records(origin, text, settings)
        elif kind == "csv":
            yield from _csv_records(origin, text, settings)
        elif kind == "html":
            yield _html_article(origin, text, settings)
        else:
            yield article_from_text(text, settings, origin)
    except InputError as exc:
        yield Skipped(exc.origin, exc.reason, exc.line)


def decode_text(origin: str, data: bytes) -> str:
    if not data.strip():
        raise InputError(origin, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(origin, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(origin, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                                 f"{exc.start}); re-save the file as UTF-8", line) from None


def _record_article(origin: str, record: object, settings: Settings, line: int | None) -> Article:
    if not isinstance(record, dict):
        raise InputError(origin, "record is not a JSON object", line)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "record has no 'text' string", line)
    fields = {key: record.get(key) for key in RECORD_FIELDS}
    try:
        return article_from_text(text, settings, origin, **fields)
    except InputError as exc:
        raise InputError(origin, exc.reason, line) from None


def _read_jsonl_stream(origin: str, path: Path, settings: Settings) -> Iterator[Result]:
    with open(path, "rb") as handle:
        if not path.stat().st_size:
            yield Skipped(origin, "empty file")
            return
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                line = decode_text(origin, raw)
            except InputError as exc:
                yield Skipped(origin, exc.reason, number)
                continue
            yield from _jsonl_records(origin, io.StringIO(line), settings, first_line=number)


def _jsonl_records(origin: str, lines: io.StringIO, settings: Settings, first_line: int = 1
                   ) -> Iterator[Result]:
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield _record_article(origin, record, settings, number)
        except json.JSONDecodeError as exc:
            yield Skipped(origin, f"malformed JSON ({exc.msg} at column {exc.colno})", number)
        except InputError as exc:
            yield Skipped(origin, exc.reason, exc.line)


def _json_records(origin: str, text: str, settings: Settings) -> Iterator[Result]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Skipped(origin, f"malformed JSON ({exc.msg} at column {exc.colno})", exc.lineno)
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, start=1):
        try:
            yield _record_article(f"{origin}[{index}]" if isinstance(data, list) else origin,
                                  record, settings, None)
        except InputError as exc:
            yield Skipped(exc.origin, exc.reason, exc.line)


def _csv_records(origin: str, text: str, settings: Settings) -> Iterator[Result]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        if not reader.fieldnames or "text" not in reader.fieldnames:
            yield Skipped(origin, "CSV has no 'text' column", 1)
            return
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            line = reader.line_num
            if None in row:
                yield Skipped(origin, "row has more fields than the header", line)
                continue
            try:
                yield _record_article(origin, row, settings, line)
            except InputError as exc:
                yield Skipped(origin, exc.reason, exc.line)
    except csv.Error as exc:
        yield Skipped(origin, f"malformed CSV ({exc})", reader.line_num)


def _html_article(origin: str, html: str, settings: Settings) -> Article:
    import trafilatura  # deferred: loading it costs ~0.3 s and only HTML input needs it

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not WORD.search(text):
        raise InputError(origin, "no article text could be extracted from the HTML")
    return article_from_text(text, settings, origin, title=getattr(document, "title", None),
                             published=getattr(document, "date", None),
                             url=getattr(document, "url", None))
