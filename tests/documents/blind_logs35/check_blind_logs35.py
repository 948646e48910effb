"""Stand-alone check of the thirty-fifth held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific pattern
(a record's first line, then its id inside the record's stretch) finds exactly the listed ids in
order; the document's own count equals record_count; every sample value is printed inside its
own record's stretch of text, its words in order; size < 200 KB; plus one check of each layout's
trap. With --regen, regenerating must give identical files. `--dir DIR` checks a copy elsewhere
(mutation runs).
"""

import hashlib
import json
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# where a record (or a post, an item that may not be a record) starts, and its id inside the stretch
START = {
    "gullwing-cove-me-pd": re.compile(
        r"^ *(Gullwing Cove Police @GullwingCovePD|Cove Neighbors Watch @covewatch) \u00b7 \S+$", re.M
    ),
    "tern-hollow-oh-pd": re.compile(r"^[A-Z][A-Za-z -]+?  +[A-Z][a-z]{2} \d{1,2}$", re.M),
    "bracken-mesa-nm-pd": re.compile(r"^ *Item \d+ of \d+$", re.M),
    "pewter-falls-vt-pd": re.compile(r"^ *\u2022 ", re.M),
    "otters-edge-wa-pd": re.compile(r"^ *OE25-\d{5} +\d{1,2}/\d{1,2}/25 \d\d:\d\d ", re.M),
}
ID = {
    "gullwing-cove-me-pd": re.compile(r"Case\s+#(?P<id>GC-25-\d{5})\."),
    "tern-hollow-oh-pd": re.compile(r"^ *(?P<id>TH-25-\d{5}) \u00b7 ", re.M),
    "bracken-mesa-nm-pd": re.compile(r"Case number: (?P<id>BM25-\d{5})$", re.M),
    "pewter-falls-vt-pd": re.compile(r"\u00b7 case (?P<id>25-\d{4}) \u00b7"),
    "otters-edge-wa-pd": re.compile(r"^ *(?P<id>OE25-\d{5}) ", re.M),
}
TOTAL = {  # the document's own count of records
    "gullwing-cove-me-pd": re.compile(r"That's all (\d+) reports"),
    "tern-hollow-oh-pd": re.compile(r"End of list \u2014 (\d+) incidents"),
    "bracken-mesa-nm-pd": re.compile(r"End of log\. (\d+) items\."),
    "pewter-falls-vt-pd": re.compile(r"We wrote (\d+) reports this week"),
    "otters-edge-wa-pd": re.compile(r"(\d+) incidents reported"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def text(pdf):
    """`pdftotext -layout` text, each form feed on a line of its own so that ^ finds page tops."""
    return run(["pdftotext", "-layout", str(pdf), "-"]).replace("\f", "\n\f\n")


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        want = ids.count(num) + related.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat))
        if have < want:
            problems.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related {r['number']} belongs to no listed record")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order; stretches without an id are not
    records (pinned, reply and closing posts); the phone screens' repeated item is one record."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        stretch = t[m.start() : end]
        hit = ID[folder].search(stretch)
        if not hit:
            continue
        if out and folder == "tern-hollow-oh-pd" and out[-1][0] == hit.group("id"):
            continue
        out.append((hit.group("id"), stretch, m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#\u2022\u00b7')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {}
    for num, text, _ in recs:
        by_id.setdefault(num, text)
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    pages = [p for p in t.split("\f") if p.strip()]
    if folder == "gullwing-cove-me-pd":
        counters = [(int(a), int(b)) for a, b in re.findall(r"\((\d+)/(\d+)\)", t)]
        replies = [stretch for _, stretch, _ in recs if "Replying to" in stretch]
        heads = sum("(@GullwingCovePD) / Thread" in p for p in pages)
        n = len(ids) + 1
        if (
            counters != [(i, n) for i in range(1, n + 1)]
            or heads != len(pages)
            or t.count("Replying to @GullwingCovePD") != 3
            or replies
        ):
            problems.append(f"{name}: thread counters, page heads or reply posts wrong")
    if folder == "tern-hollow-oh-pd":
        firsts = [ID[folder].findall(p) for p in pages]
        overlap = all(firsts[k][0] == firsts[k - 1][-1] for k in range(1, len(firsts)))
        caps = re.findall(r"Screenshot (\d+) of (\d+)", t)
        if (
            not overlap
            or caps != [(str(k), str(len(pages))) for k in range(1, len(pages) + 1)]
            or len(re.findall(r"2025", t)) != len(pages)
        ):
            problems.append(f"{name}: screens do not repeat the previous screen's last item, or captions wrong")
    if folder == "bracken-mesa-nm-pd":
        items = [int(x) for x in re.findall(r"^ *Item (\d+) of \d+$", t, re.M)]
        times = re.findall(r"^ *Time reported: \d{1,2}:\d\d [ap]\.m\.$", t, re.M)
        foot = sum(bool(re.search(rf"Large print \u2014 page \d+ of {len(pages)}", p)) for p in pages)
        if items != list(range(1, len(ids) + 1)) or len(times) != len(ids) or foot != len(pages):
            problems.append(f"{name}: item counters, time lines or page footers wrong")
    if folder == "pewter-falls-vt-pd":
        body, _, numbers = t.partition("This week in numbers")
        got = dict(re.findall(r"^ *(Reports|Arrests|Tickets) (\d+)$", numbers, re.M))
        kinds = [r["kind"] for r in e["related_numbers"]]
        want = {
            "Reports": str(len(ids)),
            "Arrests": str(kinds.count("booking_number")),
            "Tickets": str(kinds.count("citation")),
        }
        keyed = [int(x.split("-")[1]) for x in ids]
        if got != want or keyed == sorted(keyed):
            problems.append(f"{name}: numbers box {got} vs {want}, or ids in plain time order")
    if folder == "otters-edge-wa-pd":
        slides = re.findall(r"Reported incidents \((\d+) of (\d+)\)", t)
        heads = re.findall(r"^ *Case # +Reported +Type +Location +Result$", t, re.M)
        k = math.ceil(len(ids) / 7)
        if (
            slides != [(str(i), str(k)) for i in range(1, k + 1)]
            or len(heads) != k
            or len(re.findall(r"Community Briefing \u00b7 ", t)) != k + 3
            or any(p.count("Community Briefing \u00b7 ") > 2 for p in pages)
        ):
            problems.append(f"{name}: table slides {len(slides)}, column titles {len(heads)}, slides per page wrong")
    return problems


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = text(pdf)
        pages = t.count("\f")
        if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
            problems.append(f"{pdf.name}: sha256/bytes differ")
        if pages != e["pages"] or pages < 2:
            problems.append(f"{pdf.name}: pages {pages} vs {e['pages']}")
        if len(data) >= 200_000:
            problems.append(f"{pdf.name}: {len(data)} bytes")
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        if "[invented]" not in e["agency"]:
            problems.append(f"{pdf.name}: agency not marked [invented]")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: record pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        if len(e["sample_records"]) != 3 or [s["case_number"] for s in e["sample_records"]] != [
            ids[0],
            ids[len(ids) // 2],
            ids[-1],
        ]:
            problems.append(f"{pdf.name}: samples are not first, middle and last")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        phones = re.findall(r"\b555-\d{4}\b", t)
        if any(not p.startswith("555-01") for p in phones):
            problems.append(f"{pdf.name}: a phone number outside 555-01xx")
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
            f"{len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs35.py"), tmp], check=True, capture_output=True)
        made = {q.relative_to(tmp) for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if made != {p.relative_to(here) for p in before}:
            problems.append("regenerated set has different files")
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
    if [f.name for f in folders] != sorted(START):
        problems.append(f"{len(folders)} agency folders, expected {len(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
