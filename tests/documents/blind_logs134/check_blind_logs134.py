"""Stand-alone check of the held-out set blind_logs134 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150 with no duplicate id; every case number and related number is in
the `pdftotext -layout` text at least as often as listed, and no number is both; a layout-specific
record-start pattern gives exactly the listed ids in order (Wexmoor's continued slides collapse to
their first appearance; Tessary's side-by-side slides are read from the plain `pdftotext` text,
`-raw`, which follows the slides' drawing order); the document's own count equals record_count; every sample
value is printed inside its own record's stretch of text, its words in order; size < 200 KB; plus
one check of each layout's trap. With --regen, regenerating must give identical files.
`--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# a match without group "id" starts a stretch that is not a record
START = {
    "arden-falls-oh-pd": re.compile(r"^(?:(?P<id>AF25-\d{5}) +\d\d/\d\d/25 \d\d:\d\d |Repeat Locations|Questions\?)", re.M),
    "wexmoor-wi-pd": re.compile(r"^(?:Case (?P<id>25-\d{5})(?: \(continued\))?$|Questions\?)", re.M),
    "lorrin-county-ks-so": re.compile(r"^ *(?:(?P<id>LC-25-\d{4}) +\d\d/\d\d/25 \d\d:\d\d |Contact Us)", re.M),
    "calder-bay-me-pd": re.compile(r"^ *Incident (?P<id>CB-25-\d{4})$", re.M),
    "tessary-township-pa-pd": re.compile(r"^(?:Incident #(?P<id>TT25-\d{4})|Questions\?)$", re.M),
}
RAW = {"tessary-township-pa-pd"}  # stretches read from plain pdftotext text
REPEATS = {"wexmoor-wi-pd"}
TOTAL = {
    "arden-falls-oh-pd": re.compile(r"Incidents this week: (\d+)"),
    "wexmoor-wi-pd": re.compile(r"Incidents reviewed tonight: (\d+)"),
    "lorrin-county-ks-so": re.compile(r"Incidents in this handout: (\d+)"),
    "calder-bay-me-pd": re.compile(r"Incidents presented: (\d+)"),
    "tessary-township-pa-pd": re.compile(r"Incidents: (\d+)"),
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
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.groupdict().get("id"), t[m.start():end], m.start(), m))
    return out


def records(folder, t):
    recs, seen = [], set()
    for b in blocks(folder, t):
        if not b[0]:
            continue
        if folder in REPEATS and b[0] in seen:
            continue
        seen.add(b[0])
        recs.append(b[:3])
    return recs


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def check_samples(name, recs, e):
    problems = []
    by_id = {num: text for num, text, _ in reversed(recs)}
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text = by_id[s["case_number"]]
        for key, val in s.items():
            if not in_order(val.split(), text.split()):
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def rel(e, kind):
    return {(r["record"], r["number"]) for r in e["related_numbers"] if r["kind"] == kind}


def check_layout(folder, name, t, e, recs, raw=""):
    """One check of the trap each layout is about (t: -layout text; raw: plain text)."""
    ids, bad = e["case_numbers"], False
    if folder == "arden-falls-oh-pd":
        rows = re.findall(r"^(AF25-\d{5}) +\d\d/\d\d/25 ", t, re.M)
        see = re.findall(r"\(see (AF25-\d{5})\)", t)
        cont = len(re.findall(r"^Incident Listing \(cont\.\)$", t, re.M))
        m = re.search(r"Prior week \(Week 43\): (\d+) incidents", t)
        bad = (len(see) < 5 or any(rows.count(s) != 1 for s in see) or rows != ids
               or cont != -(-len(ids) // 11) - 1 or not m or int(m.group(1)) == len(ids))
    if folder == "wexmoor-wi-pd":
        titles = re.findall(r"^Case (25-\d{5})( \(continued\))?$", t, re.M)
        cont = [i for i, (_, c) in enumerate(titles) if c]
        bad = len(cont) < 5 or any(i == 0 or titles[i - 1] != (titles[i][0], "") for i in cont)
        cads = {(b[0], c) for b in recs for c in re.findall(r"^CAD Event (\d{6}-\d{4})$", b[1], re.M)}
        bad |= cads != rel(e, "cad_event") or len(cads) != len(ids)
    if folder == "lorrin-county-ks-so":
        pairs = re.findall(r"^ *(LC-25-\d{4}) +\d\d/\d\d/25 \d\d:\d\d +.+\n +\S.*? {2,}CFS (\d{6})$", t, re.M)
        bad = pairs != [(x["record"], x["number"]) for x in e["related_numbers"]] or len(pairs) != len(ids)
        bad |= any(len(re.findall(r"CFS \d{6}", b[1])) != 1 for b in recs)
    if folder == "calder-bay-me-pd":
        bad = False
        for num, text, _ in recs:
            bad |= re.findall(r"briefed on (CB-\d\d-\d{4}) at roll call", text) != [num]
        earlier = {(b[0], x) for b in recs for x in re.findall(r"earlier case (CB-\d\d-\d{4})", b[1])}
        bad |= earlier != rel(e, "earlier_case") or len(earlier) < 5 or any(x in ids for _, x in earlier)
    if folder == "tessary-township-pa-pd":
        side = [ln for ln in t.splitlines() if len(re.findall(r"Incident #TT25-\d{4}", ln)) == 2]
        lay = re.findall(r"Incident #(TT25-\d{4})", t)
        prop = {(b[0], x) for b in recs for x in re.findall(r"^Property (PR25-\d{4})$", b[1], re.M)}
        bad = len(side) < 15 or lay != ids or prop != rel(e, "property_report") or len(prop) < 5
        bad |= len(re.findall(r"Property PR25-\d{4}", raw)) != len(prop)
    return [f"{name}: {folder} layout trap does not hold"] if bad else []


def check(folder):
    problems = []
    for e in json.loads((folder / "groundtruth.json").read_text()):
        pdf = folder / e["file"]
        data = pdf.read_bytes()
        t = run(["pdftotext", "-layout", str(pdf), "-"])
        raw = run(["pdftotext", "-raw", str(pdf), "-"]).replace("\f", "\n")
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
        tt = t.replace("\f", "\n")
        recs = records(folder.name, raw if folder.name in RAW else tt)
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                            + ("" if len(found) != len(ids) else " (different ids or order)"))
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(pdf.name, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, tt, e, recs, raw)
        print(f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
              f"{len(e['related_numbers'])} related numbers, {len(data)} bytes")
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs134.py"), tmp], check=True)
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
