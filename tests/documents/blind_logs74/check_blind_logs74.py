"""Stand-alone check of the seventy-fourth held-out set (does not import prr).

The PDFs are scans with an OCR text layer whose WORDS carry O->0 and l/I->1 errors, so words are
compared after folding those confusions; numbers are compared exactly. For every PDF: sha256,
bytes and pages match groundtruth.json; size < 200 KB; every page carries an image; record_count
equals len(case_numbers) and is 40-150; every case number and related number outside a page
without a text layer is in the `pdftotext -layout` text as often as listed, and no number is both;
such a page has no text at all; a layout-specific record-start pattern finds exactly the listed
ids (minus those of the image-only page) in order; the document's own count equals record_count;
every sample value is printed inside its own record's stretch of text, its words in order (day
banner / shift heading dates for Quillmoor and Ferrow); plus one check of each layout's trap.
With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def tol(phrase):
    """Regex for a printed phrase as the OCR layer may read it (O/0, l/1, I/1 confused)."""
    out = ""
    for ch in phrase:
        out += {"O": "[O0]", "l": "[l1]", "I": "[I1]"}.get(ch, re.escape(ch))
    return out


START = {
    "harrow-glen-wi-pd": re.compile(r"^\d{5} +(?P<id>HG-25-\d{5}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "quillmoor-county-nd-so": re.compile(r"^(?P<t>\d{4}) +(?P<id>25Q\d{5}) ", re.M),
    "saltmarsh-point-me-pd": re.compile(r"^ *" + tol("CASE NO.") + r" (?P<id>SP25-\d{5})$", re.M),
    "ferrow-valley-or-pd": re.compile(r"^(?P<t>\d{4}) hrs - .*?Rpt #\s+(?P<id>25-FV-\d{4})$", re.M | re.S),
    "tinder-ridge-az-marshal": re.compile(
        r"^ *" + tol("INC#") + r" (?P<id>TR2510-\d{4}) +DT/TM \d\d/\d\d/\d\d \d\d:\d\d ", re.M
    ),
}
TOTAL = {
    "harrow-glen-wi-pd": re.compile(tol("TOTAL INCIDENTS THIS REGISTER:") + r" (\d+)"),
    "quillmoor-county-nd-so": re.compile(tol("END OF LOG - CALLS LISTED:") + r" (\d+)"),
    "saltmarsh-point-me-pd": re.compile(tol("CARDS IN THIS RELEASE:") + r" (\d+)"),
    "ferrow-valley-or-pd": re.compile(tol("Reports written this period:") + r" (\d+)"),
    "tinder-ridge-az-marshal": re.compile(r"\*\*\* (\d+) " + tol("CALL ENTRIES PRINTED") + r" \*\*\*"),
}
HEADING = {  # the date a row's time belongs to, printed above it
    "quillmoor-county-nd-so": re.compile(r"^==== [A-Z01]+ (\d\d/\d\d/2025) ====", re.M),
    "ferrow-valley-or-pd": re.compile(r"^" + tol("SHIFT DATE") + r" (\d\d/\d\d/2025)$", re.M),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def fold(tok):
    return tok.strip('".,;:()#').lower().replace("0", "o").replace("1", "l").replace("i", "l")


def in_order(words, tokens):
    it = iter([fold(t) for t in tokens])
    return all(any(fold(w) == tok for tok in it) for w in words)


def blank_ids(e):
    return {n for p in e.get("pages_without_text_layer", []) for n in p["case_numbers"]}


def check_numbers(name, t, e):
    problems, hidden = [], blank_ids(e)
    flat = re.sub(r"\s+", " ", t)
    ids = [n for n in e["case_numbers"] if n not in hidden]
    related = [r["number"] for r in e["related_numbers"] if r["record"] not in hidden]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in {r["number"] for r in e["related_numbers"] if r["kind"] != "earlier_case_cited"} & set(
        e["case_numbers"]
    ):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        allids = e["case_numbers"]
        if r["kind"] == "earlier_case_cited" and (
            r["number"] not in allids or allids.index(r["number"]) >= allids.index(r["record"])
        ):
            problems.append(f"{name}: 'earlier case' {r['number']} is not an earlier record")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.end() + 400)
        out.append((m.group("id"), t[m.start() : end], m.start()))
    return out


def heading_date(folder, t, pos):
    heads = list(HEADING[folder].finditer(t, 0, pos))
    return heads[-1].group(1) if heads else None


def check_samples(folder, name, t, recs, e):
    problems, hidden = [], blank_ids(e)
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] in hidden:
            continue  # on the page without a text layer: only an OCR run can read it
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder in HEADING and key == "reported_at":
                date, _, time = val.partition(" ")
                ok = text.split()[0] == time and heading_date(folder, t, pos) == date
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    if folder == "harrow-glen-wi-pd":
        serials = [int(x) for x in re.findall(r"^(\d{5}) +HG-25-", t, re.M)]
        subs = re.findall(tol("SHEET SUBTOTAL") + r" \.+ (\d+) " + tol("incidents"), t)
        if (
            serials != list(range(serials[0], serials[0] + len(ids)))
            or len(subs) != (len(ids) - 1) // 44
            or any(int(x) != 44 for x in subs)
        ):
            problems.append(f"{name}: form-line serials or sheet subtotals wrong ({len(subs)})")
    if folder == "quillmoor-county-nd-so":
        heads = [int(x) for x in re.findall(r"^==== .*? ==== \((\d+) " + tol("calls") + r"\)$", t, re.M)]
        if sum(heads) != len(ids) or len(heads) < 5 or re.search(r"^\d{4} +25Q\d{5} .*2025", t, re.M):
            problems.append(f"{name}: day banner counts {heads} or dates inside rows")
    if folder == "saltmarsh-point-me-pd":
        cited = [r for r in e["related_numbers"] if r["kind"] == "earlier_case_cited"]
        inline = re.findall(tol("Cross-ref.") + r" (SP25-\d{5})", t)
        if not cited or sorted(inline) != sorted(r["number"] for r in cited):
            problems.append(f"{name}: cross-references {len(inline)} vs {len(cited)} listed")
    if folder == "ferrow-valley-or-pd":
        tails = [text[: text.find(num) + len(num)] == text.split("\n\n")[0].rstrip() for num, text, _ in recs]
        if not all(tails):
            problems.append(f"{name}: an id is not the last token of its paragraph")
        pages = t.split("\f")
        for p in e.get("pages_without_text_layer", []):
            if pages[p["page"] - 1].strip() or not p["case_numbers"]:
                problems.append(f"{name}: page {p['page']} is said to have no text layer but has text")
    if folder == "tinder-ridge-az-marshal":
        summary = t[t.find("DISPOSITION CODE SUMMARY") :]
        counts = [int(x) for x in re.findall(r"^ +[A-Z]{3} +[A-Z0-9 ]+? +(\d+)$", summary, re.M)]
        if sum(counts) != len(ids) or len(counts) < 5 or "2025" in "".join(x[1] for x in recs):
            problems.append(f"{name}: code summary counts {sum(counts)} or four-digit years in entries")
    return problems


def page_images(pdf):
    out = run(["pdfimages", "-list", str(pdf)]).splitlines()[2:]
    return sorted({int(line.split()[0]) for line in out if line.strip()})


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        if page_images(pdf) != list(range(1, pages + 1)) or not e["scanned"]:
            problems.append(f"{pdf.name}: not every page is a scanned image")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150 or len(set(ids)) != len(ids):
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        want = [n for n in ids if n not in blank_ids(e)]
        if found != want:
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(want)}"
                + ("" if len(found) != len(want) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records ({len(ids) - len(want)} on a page without text), "
            f"{pages} pages, {len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs74.py"), tmp], check=True)
        for p, b in before.items():
            q = Path(tmp) / p.relative_to(here)
            if not q.exists() or q.read_bytes() != b:
                problems.append(f"regenerated {p.relative_to(here)} differs")
    print("regenerated in a temporary folder: " + ("DIFFERENT" if problems else "identical"))
    return problems


def main():
    here = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else HERE
    problems = []
    folders = sorted(p for p in here.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
    if len(folders) != len(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    blanks = sum(
        len(e.get("pages_without_text_layer", []))
        for f in folders
        for e in json.loads((f / "groundtruth.json").read_text())
    )
    if blanks != 1:
        problems.append(f"{blanks} pages without a text layer listed, expected 1")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
