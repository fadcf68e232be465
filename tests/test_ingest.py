"""Ingest: every input kind, and every kind of bad input reported per file and line."""
from __future__ import annotations

import io
import json

import pytest

from casus import Article, Settings, Skipped, read_inputs
from casus.stages.ingest import article_id_for

ENGLISH = ("Russian forces launched missiles at Kyiv on Monday, Ukrainian officials said, "
           "and the air force reported that most of them were shot down over the capital.")


def read(paths, settings=None, stdin=None):
    return list(read_inputs([str(p) for p in paths], settings or Settings(), stdin=stdin))


def only(results, kind):
    return [r for r in results if isinstance(r, kind)]


def test_plain_text_file_becomes_one_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    [article] = read([path])
    assert isinstance(article, Article)
    assert article.text == ENGLISH
    assert article.article_id == article_id_for(ENGLISH)


def test_same_text_gets_same_id_whatever_the_whitespace():
    assert article_id_for(ENGLISH) == article_id_for("  " + ENGLISH.replace(" ", "  ") + "\n")


def test_jsonl_keeps_ids_and_metadata_and_input_order(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"id": 7, "text": ENGLISH, "published": "2024-03-01T10:00:00Z", "title": "T",
             "url": "http://x", "source": "wire"},
            {"id": "b", "text": ENGLISH + " More."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    first, second = read([path])
    assert (first.article_id, first.published, first.title, first.url, first.source) == \
        ("7", "2024-03-01", "T", "http://x", "wire")
    assert second.article_id == "b"


def test_published_option_applies_only_to_undated_input(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": ENGLISH}) + "\n" +
                    json.dumps({"text": ENGLISH + " x", "published": "2020-01-02"}), "utf-8")
    first, second = read([path], Settings(published="2024-12-10"))
    assert first.published == "2024-12-10" and second.published == "2020-01-02"


def test_json_list_and_csv_and_directory(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"text": ENGLISH}, {"text": ENGLISH + " 2"}]),
                                     encoding="utf-8")
    (tmp_path / "b.csv").write_text('id,text,published\nc1,"' + ENGLISH + '",2024-01-05\n',
                                    encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    results = read([tmp_path])
    assert [type(r) for r in results] == [Article, Article, Article]
    assert results[2].article_id == "c1" and results[2].published == "2024-01-05"


def test_html_main_text_is_extracted(tmp_path):
    body = " ".join([ENGLISH] * 3)
    html = (f"<html><head><title>Strike on Kyiv</title></head><body><nav>Home | About</nav>"
            f"<article><h1>Strike on Kyiv</h1><p>{body}</p></article>"
            f"<footer>Copyright</footer></body></html>")
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    [article] = read([path])
    assert "Russian forces launched missiles" in article.text
    assert "Copyright" not in article.text


def test_stdin_is_read_as_text_or_jsonl():
    [article] = read(["-"], stdin=io.BytesIO(ENGLISH.encode()))
    assert article.text == ENGLISH
    [record] = read(["-"], stdin=io.BytesIO(json.dumps({"id": "s", "text": ENGLISH}).encode()))
    assert record.article_id == "s"


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.txt", "Le président a visité Kyiv".encode("latin-1"), "not valid UTF-8"),
    ("french.txt", ("Les forces russes ont lancé des missiles sur la capitale ukrainienne lundi, "
                    "selon les autorités locales qui ont signalé des dégâts importants. Le "
                    "gouvernement a demandé une réunion du Conseil de sécurité et plusieurs pays "
                    "européens ont condamné cette attaque contre des civils.").encode(),
     "does not look like English"),
    ("russian.txt", ("Российские войска нанесли ракетный удар по Киеву в понедельник, сообщили "
                     "украинские официальные лица и военные источники.").encode(),
     "does not look like English"),
    ("broken.html", b"<html><body><div><<<>>></div", "no article text"),
])
def test_bad_file_is_skipped_with_its_name_and_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    [skipped] = read([path])
    assert isinstance(skipped, Skipped)
    assert reason in skipped.reason
    assert name in skipped.message


def test_malformed_jsonl_line_is_skipped_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": ENGLISH}) + "\n{broken json\n" +
                    json.dumps({"title": "no text"}) + "\n" +
                    json.dumps({"text": ENGLISH, "language": "de"}) + "\n" +
                    json.dumps({"text": ENGLISH + " ok"}) + "\n", encoding="utf-8")
    results = read([path])
    assert [type(r) for r in results] == [Article, Skipped, Skipped, Skipped, Article]
    assert [r.line for r in only(results, Skipped)] == [2, 3, 4]
    assert "malformed JSON" in results[1].reason
    assert "no 'text'" in results[2].reason
    assert "not supported" in results[3].reason


def test_malformed_json_file_names_the_line(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('[\n{"text": "x"},\n{oops}\n]', encoding="utf-8")
    [skipped] = read([path])
    assert skipped.line == 3 and "malformed JSON" in skipped.reason


def test_csv_without_text_column_or_with_ragged_rows(tmp_path):
    missing = tmp_path / "a.csv"
    missing.write_text("id,body\n1,hello\n", encoding="utf-8")
    ragged = tmp_path / "b.csv"
    ragged.write_text(f'id,text\n1,"{ENGLISH}"\n2,"{ENGLISH}",extra\n', encoding="utf-8")
    results = read([missing, ragged])
    assert "no 'text' column" in results[0].reason
    assert isinstance(results[1], Article)
    assert isinstance(results[2], Skipped) and results[2].line == 3


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.write((ENGLISH + "\n").encode() * (50_000_000 // (len(ENGLISH) + 1) + 1))
    [skipped] = read([path])
    assert "too large" in skipped.reason and "50." in skipped.reason


def test_missing_file_is_reported_and_batch_continues(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    results = read([tmp_path / "nope.txt", good])
    assert isinstance(results[0], Skipped) and "no such file" in results[0].reason
    assert isinstance(results[1], Article)


def test_bad_published_date_is_a_reason_not_a_crash(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": ENGLISH, "published": "last Tuesday"}), encoding="utf-8")
    [skipped] = read([path])
    assert "not an ISO date" in skipped.reason
