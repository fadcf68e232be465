"""Build resources/cameo/cameo.tsv from the published CAMEO, Goldstein and CAMEO→PLOVER tables.

Run once by a developer who has the reference files; the product only reads the TSV.
    python tools/build_cameo_table.py ../shared > src/casus/resources/cameo/cameo.tsv
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path


def quad_class(code: str) -> int:
    """GDELT/ICEWS QuadClass: 01–05 verbal cooperation, 06–08 material cooperation,
    09–13 verbal conflict, 14–20 material conflict (protest is material conflict)."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def read_pairs(path: Path) -> dict[str, str]:
    rows = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    return dict(line.split("\t", 1) for line in rows if "\t" in line)


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        match = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not match:
            continue
        parts = [p.strip() for p in match.group(2).split(",")] + ["", ""]
        contexts = ";".join(c.strip() for c in re.split(r"[;,]", ",".join(parts[2:])) if c.strip())
        table[match.group(1)] = (parts[0], parts[1], contexts)
    return table


# PLOVER has no statement type; appeals (02x) are REQUESTs laid out exactly like demands (10x),
# and expressions of accord or empathy are verbal SUPPORT.
# Shorter wording for a few long labels, so the table reads as a table, not as a copy.
LABELS = {"032": "Express intent to give diplomatic cooperation (e.g. policy support)",
          "1324": "Threaten to impose emergency rule or martial law",
          "1434": "Strike or boycott for change in institutions or regime"}
STATEMENT_OVERRIDES = {"018": ("SUPPORT", "", "diplomatic"), "019": ("SUPPORT", "", "diplomatic"),
                       # The PLOVER manual's CONCEDE: "removing curfews" and "declarations (but
                       # not implementations) of ceasefires" are verbal concessions; the 2021
                       # conversion table lists them under RETREAT.
                       "0813": ("CONCEDE", "", "legal"), "0814": ("CONCEDE", "", "legal"),
                       "0871": ("CONCEDE", "", "military"),
                       # Its RETREAT "also covers resignations of government officials"
                       # (mode resign), which CAMEO codes as acceding to a leadership change.
                       "0831": ("RETREAT", "resign", "political_institutions")}


def inherited(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    if code in STATEMENT_OVERRIDES:
        return STATEMENT_OVERRIDES[code]
    if code.startswith("02"):
        code = "10" + code[2:]
    for prefix in (code, code[:3], code[:2]):
        if prefix in table and table[prefix][0]:
            return table[prefix]
    return ("", "", "")


def main(shared: Path) -> None:
    labels = read_pairs(shared / "gold/cameo/CAMEO.eventcodes.txt")
    goldstein = read_pairs(shared / "gold/cameo/CAMEO.goldsteinscale.txt")
    plover = read_plover(shared / "gold/plover/CAMEO2PLOVER-2021.txt")
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["code", "label", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context"])
    for code, label in labels.items():
        label = label.replace("\ufffd", "'").replace("�", "'").strip()
        label = re.sub(r",?\s*not spec(ified)? below", " (general)", label)
        label = LABELS.get(code, label)
        ptype, mode, context = inherited(code, plover)
        out.writerow([code, label.capitalize() if label.isupper() else label,
                      goldstein[code].strip(), quad_class(code), ptype, mode, context])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
