"""Stand-alone check of the held-out set blind_logs117 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern (which also finds the non-record stretches: closing cards, Harlow Springs' daily
summaries and day separators, Quenby County's pinned notice) gives exactly the listed ids in order;
the document's own total equals record_count; every sample value is printed inside its own record's
stretch of text, its words in order (Harlow Springs' date comes from the day separator above the
card); size < 200 KB; plus one check of each layout's trap. With --regen, regenerating must give
identical files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# stretch-start patterns read off the text (not used by prr); a match without group "id" starts a
# stretch that is not a record
START = {
    "ostrander-wy-pd": re.compile(r"^ *(?:INCIDENT NO\.\n *(?P<id>25-\d{5})$|\[i\] +\d+ incidents shared)", re.M),
    "kettleby-county-ne-so": re.compile(r"^ *(?:#(?P<id>25K-\d{4}) \| |Cards in this export:)", re.M),
    "vessey-township-mi-pd": re.compile(r"^ *(?:\[doc\] (?P<id>VT-25-\d{5})$|\[sum\] )", re.M),
    "harlow-springs-id-pd": re.compile(
        r"^ *(?:\[bell\] \d\d:\d\d .*\n *CASE\n *(?P<id>HS25-\d{4})$|[A-Z]{3}, [A-Z]{3} \d\d, 2025$"
        r"|\[chart\] DAILY SUMMARY|End of timeline)", re.M),
    "quenby-county-sd-so": re.compile(r"^ *(?:Incident No\.\n *(?P<id>QC25-\d{4})$|\[pin\] PINNED|Total incidents:)",
                                      re.M),
}
TOTAL = {  # the document's own count of records
    "ostrander-wy-pd": re.compile(r"\[i\] +(\d+) incidents shared"),
    "kettleby-county-ne-so": re.compile(r"Cards in this export: (\d+)"),
    "vessey-township-mi-pd": re.compile(r"\[sum\] (\d+) incidents - "),
    "harlow-springs-id-pd": re.compile(r"End of timeline - (\d+) incidents"),
    "quenby-county-sd-so": re.compile(r"Total incidents: (\d+)"),
}
DAY = re.compile(r"^ *([A-Z]{3}, [A-Z]{3} \d\d, 2025)$", re.M)


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
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: an id is listed twice")
    for r in e["related_numbers"]:
        if r["record"] not in ids:
            problems.append(f"{name}: related number {r['number']} belongs to no listed record")
    return problems


def blocks(folder, t):
    """(id or None, text stretch, start offset) per stretch, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(t)
        out.append((m.groupdict().get("id"), t[m.start():end], m.start()))
    return out


def records(folder, t):
    return [b for b in blocks(folder, t) if b[0]]


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def day_of(t, pos):
    heads = list(DAY.finditer(t, 0, pos))
    return heads[-1].group(1) if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {num: (text, pos) for num, text, pos in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "harlow-springs-id-pd" and key == "reported_at":
                date, time = val.rsplit(" ", 1)
                ok = day_of(t, pos) == date and re.match(rf" *\[bell\] {time} ", text) is not None
            else:
                ok = in_order(val.split(), text.split())
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, bad = e["case_numbers"], False
    if folder == "ostrander-wy-pd":
        pairs = re.findall(r"^ *CALL NO\. \(CAD\)\n *(25-\d{5})\n *INCIDENT NO\.\n *(25-\d{5})$", t, re.M)
        bad = (len(pairs) != len(ids) or [i for _, i in pairs] != ids
               or {(i, c) for c, i in pairs} != rel(e, "cad_call_number") or any(c in ids for c, _ in pairs))
    if folder == "kettleby-county-ne-so":
        conts = [(m.group(1), m.start()) for m in re.finditer(r"^ *#(25K-\d{4}) \(continued\)$", t, re.M)]
        bad = len(conts) < 3
        for num, p in conts:
            before = [b for b in records(folder, t) if b[2] < p]
            bad |= not before or before[-1][0] != num or "\f" not in t[before[-1][2]:p]
    if folder == "vessey-township-mi-pd":
        links = []
        for m in re.finditer(r"^ *\[link\] Linked incidents\n *(.+)$", t, re.M):
            links += re.findall(r"VT-25-\d{5}", m.group(1))
        first = min(int(i[-5:]) for i in ids)
        bad = (len(links) < 8 or any(x in ids or int(x[-5:]) >= first for x in links)
               or set(links) != {n for _, n in rel(e, "linked_earlier_incident")})
    if folder == "harlow-springs-id-pd":
        parts = re.split(r"^ *\[chart\] DAILY SUMMARY\n", t, flags=re.M)[1:]
        counts = []
        for part in parts:
            m = re.match(r" *INCIDENTS\n *(\d+)\n", part)
            nxt = DAY.search(part)
            seg = part[:nxt.start()] if nxt else part
            counts.append((int(m.group(1)) if m else -1, len(re.findall(r"^ *CASE\n *HS25-\d{4}$", seg, re.M))))
        bad = (len(counts) < 5 or len(DAY.findall(t)) != len(counts) or any(a != b for a, b in counts)
               or sum(a for a, _ in counts) != len(ids))
    if folder == "quenby-county-sd-so":
        pins = re.findall(r"^ *\[pin\] PINNED\n *Notice No\.\n *(QC25-\d{4})$", t, re.M)
        bad = (len(pins) != t.count("\f") or len(set(pins)) != 1 or pins[0] in ids
               or any(pins[0] == r["number"] for r in e["related_numbers"]))
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
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs117.py"), tmp], check=True)
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
