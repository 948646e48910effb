"""Stand-alone check of the held-out set blind_logs38 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both; a layout-specific
record pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order; size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must
give identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "brennock-township-mi-pd": re.compile(r"^(?P<id>25-\d{5}) +2025-\d{3} \d{4} ", re.M),
    "ardley-county-oh-so": re.compile(r"^CASE=(?P<id>S25-\d{6}) RCVD=\d{1,2}/\d{1,2}/2025 \d\d:\d\d ", re.M),
    "marlow-city-in-pd": re.compile(
        r"^ *Call received: +\S+ \S+\n *Incident type: +.*\n *Incident Report #: +(?P<id>MCPD-25-\d{5})$", re.M),
    "otter-prairie-il-pd": re.compile(r"^[A-Z][A-Z ]+ - On \d{1,2}/\d{1,2}/2025 at \d{4} hours \(report (?P<id>OP25-\d{4})\)",
                                      re.M),
    "kessling-university-wi-pd": re.compile(r"^(?P<id>KUPD\d{6}) +\d\d/\d\d/2025 \d\d:\d\d +1\. ", re.M),
}
TOTAL = {
    "brennock-township-mi-pd": re.compile(r"Complaints in register: (\d+)"),
    "ardley-county-oh-so": re.compile(r"END OF DOCKET - (\d+) ENTRIES"),
    "marlow-city-in-pd": re.compile(r"Blotter entries: (\d+)"),
    "otter-prairie-il-pd": re.compile(r"This log lists (\d+) reports\."),
    "kessling-university-wi-pd": re.compile(r"Cases: (\d+) "),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


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
    return problems


def records(folder, t):
    """(id, text stretch) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.end() + 400)
        out.append((m.group("id"), t[m.start():end]))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w == tok or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = dict(reversed(recs))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not all(in_order(v.split(), re.split(r"[\s=]+", text)) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e):
    """One check of the trap each layout is about."""
    n, problems = len(e["case_numbers"]), []
    if folder == "brennock-township-mi-pd":
        days = [int(x) for x in re.findall(r"^25-\d{3} +Day total 2025-\d{3} +(\d+) complaints$", t, re.M)]
        if sum(days) != n or len(days) != 5:
            problems.append(f"{name}: day total lines {days} do not add up to the register")
    if folder == "ardley-county-oh-so":
        disp = len(re.findall(r"\bDISP=", t))
        wrapped = re.findall(r"^ +\S.*$", t, re.M)
        if disp != n or t.count("NATURE=") != n or len(wrapped) < 10:
            problems.append(f"{name}: {disp} DISP= fields, {len(wrapped)} wrapped lines for {n} entries")
    if folder == "marlow-city-in-pd":
        if t.count("Call received:") != n or t.count("Outcome:") != n:
            problems.append(f"{name}: block labels do not match the record count")
    if folder == "otter-prairie-il-pd":
        inside = re.findall(r"\(report OP25-\d{4}\), officers", t)
        if len(inside) != n or len(re.findall(r"OP25-\d{4}", t)) != n:
            problems.append(f"{name}: a report number is not inside its opening sentence")
    if folder == "kessling-university-wi-pd":
        m = re.search(r"Offenses listed: (\d+)", t)
        second = re.findall(r"^ +2\. \S", t, re.M)
        if not m or int(m.group(1)) != n + len(second) or not second:
            problems.append(f"{name}: offense lines do not add up ({len(second)} second offenses)")
    return problems


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
        ids = e["case_numbers"]
        if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150:
            problems.append(f"{pdf.name}: record_count {e['record_count']} vs {len(ids)}")
        problems += check_numbers(pdf.name, t, e)
        recs = records(folder.name, t)
        found = [num for num, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: record pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        problems += check_layout(folder.name, pdf.name, t, e)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs38.py"), tmp], check=True)
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
