"""Stand-alone check of the held-out set blind_logs85 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals len(case_numbers) and is
40-150; ids unique; every id and related number printed in the `pdftotext -layout` text, none both; a
layout-specific record-start pattern gives exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch, words in order; size < 200 KB;
one check of each layout's trap. --regen: regenerating gives identical bytes. --dir DIR checks a copy.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DT = r"\d\d/\d\d/2025 \d\d:\d\d"
START = {  # a match without group "id" starts a stretch that is not a new record (Seq 2+ rows)
    "kedron-hollow-vt-pd": re.compile(rf"^(?:(?P<id>KH25-\d{{5}}) +1 +{DT}|KH25-\d{{5}} +[2-9] +{DT})", re.M),
    "vale-of-ormsby-pa-pd": re.compile(rf"^{DT} +{DT} +(?P<id>VO-25-\d{{4}}) ", re.M),
    "griswold-bend-in-communications": re.compile(rf"^{DT} .* (?P<line>\d+) +(?P<id>GB-2025-\d{{5}})$", re.M),
    "tullamore-crossing-ne-pd": re.compile(rf"^(?P<id>TC25-\d{{4}}) +{DT} ", re.M),
    "merrivale-township-mi-pd": re.compile(rf"^(?P<id>MT-25-\d{{5}}) +{DT} +{DT} .* (?P=id)$", re.M),
}
TOTAL = {
    "kedron-hollow-vt-pd": re.compile(r"Incidents: (\d+) "),
    "vale-of-ormsby-pa-pd": re.compile(r"Total reports: (\d+)"),
    "griswold-bend-in-communications": re.compile(r"Lines printed: (\d+)"),
    "tullamore-crossing-ne-pd": re.compile(r"Records listed: (\d+)"),
    "merrivale-township-mi-pd": re.compile(r"Incidents this ledger: (\d+)"),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def check_numbers(name, t, e):
    problems = []
    flat = re.sub(r"\s+", " ", t)
    ids = e["case_numbers"]
    related = [r["number"] for r in e["related_numbers"]]
    for num in set(ids + related):
        if not re.search(rf"(?<![\w-]){re.escape(num)}(?![\w-])", flat):
            problems.append(f"{name}: {num} not printed")
    for num in set(related) & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        out.append((m.groupdict().get("id"), t[m.start():end], m))
    return out


def records(folder, t):
    """(id, stretch) per record; a Kedron Hollow record's stretch runs over its Seq 2+ rows."""
    out = []
    for num, text, _ in blocks(folder, t):
        if num:
            out.append([num, text])
        elif out:
            out[-1][1] += text
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = dict((num, text) for num, text in recs)
    for s in e["sample_records"]:
        text = by_id.get(s["case_number"])
        if text is None:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        for key, val in s.items():
            if not all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val])):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e):
    """One check of the trap each layout is about."""
    bad = False
    if folder == "kedron-hollow-vt-pd":  # case number repeated on Seq 2+ rows, seq runs 1..k per case
        rows = re.findall(rf"^(KH25-\d{{5}}) +(\d) +{DT}", t, re.M)
        m = re.search(r"Incidents: (\d+) +Offense lines: (\d+)", t)
        seqs = {}
        for num, s in rows:
            seqs.setdefault(num, []).append(int(s))
        multi = [n for n, s in seqs.items() if len(s) > 1]
        bad = (not m or int(m.group(2)) != len(rows) or len(multi) < 5
               or any(s != list(range(1, len(s) + 1)) for s in seqs.values()) or list(seqs) != e["case_numbers"])
    if folder == "vale-of-ormsby-pa-pd":  # Occurred is the first date, Reported the second, never earlier
        head = re.search(r"^Occurred +Reported +Report No\. +Offense", t, re.M)
        pairs = re.findall(rf"^({DT}) +({DT}) +VO-25-", t, re.M)
        def key(s):
            return s[:5], s[11:]

        bad = (not head or len(pairs) != len(e["case_numbers"]) or any(key(o) > key(r) for o, r in pairs)
               or sum(o != r for o, r in pairs) < 10)
    if folder == "griswold-bend-in-communications":  # running line number beside the id, not an id
        lines = [int(m.group("line")) for m in START[folder].finditer(t)]
        bad = lines != list(range(1, len(e["case_numbers"]) + 1))
    if folder == "tullamore-crossing-ne-pd":  # each record has exactly one wrapped second line starting with a date
        bad = any(len(re.findall(rf"^ +{DT} ", text, re.M)) != 1 for _, text in records(folder, t))
        bad = bad or len(re.findall(rf"^ +{DT} ", t, re.M)) != len(e["case_numbers"])
    if folder == "merrivale-township-mi-pd":  # each id printed exactly twice, both on its row
        bad = any(t.count(num) != 2 for num in e["case_numbers"])
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


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
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}")
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
        subprocess.run([sys.executable, str(HERE / "make_blind_logs85.py"), tmp], check=True)
        made = {q for q in Path(tmp).rglob("*") if q.suffix in (".pdf", ".json")}
        if len(made) != len(before):
            problems.append(f"regenerated {len(made)} files, the set has {len(before)}")
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
        problems.append(f"agency folders {[f.name for f in folders]}, expected {sorted(START)}")
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
