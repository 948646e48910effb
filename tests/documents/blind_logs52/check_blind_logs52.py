"""Stand-alone check of the fifty-second held-out set (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers) and is 40-150; every case number and related number is in the
`pdftotext -layout` text as often as listed, and no number is both an id and a related number
(an earlier record cited is both by definition and must be an earlier record); a layout-specific
record-start pattern finds exactly the listed ids in order; the document's own count equals
record_count; every sample value is printed inside its own record's stretch of text, its words
in order (the Coldwater Bay allegation comes from the group heading above the row); size
< 200 KB; plus one check of each layout's trap. With --regen, regenerating must give identical
files. `--dir DIR` checks a copy elsewhere (mutation runs).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# record-start patterns, one per agency, read off the text (not used by prr); group "id" is the id
START = {
    "harrow-ridge-ca-pd": re.compile(r"^\f?(?P<id>HR25-\d{5}) +\d\d/\d\d/2025 \d\d:\d\d ", re.M),
    "coldwater-bay-ca-police-commission": re.compile(
        r"^\f?(?P<id>CPC-25-\d{4}) +\d\d/\d\d/2025 +(?:CBPD 25-\d{6}|none) ", re.M
    ),
    "marlow-county-ca-oig": re.compile(r"^[\f ]*Matter (?P<id>OIG-25-\d{4}) ", re.M),
    "pelham-flats-ca-pd": re.compile(r"^\f?\d\d/\d\d/2025 \d{4} +(?P<id>25PF-\d{5}) ", re.M),
    "quill-harbor-ca-pd": re.compile(r"^[\f ]*\d{1,2} +(?P<para>\d+)\. Report No\. (?P<id>QH25-\d{5})\. On ", re.M),
}
TOTAL = {  # the document's own count of records
    "harrow-ridge-ca-pd": re.compile(r"Entries in this exhibit: (\d+)"),
    "coldwater-bay-ca-police-commission": re.compile(r"Quarter total: (\d+) complaints closed"),
    "marlow-county-ca-oig": re.compile(r"Matters listed: (\d+)"),
    "pelham-flats-ca-pd": re.compile(r"foregoing log of (\d+) entries"),
    "quill-harbor-ca-pd": re.compile(r"describe (\d+) incident reports"),
}
GROUP_HEAD = re.compile(r"^ALLEGATION: (.+)$", re.M)


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
    for num in {r["number"] for r in e["related_numbers"] if r["kind"] != "earlier_case_cited"} & set(ids):
        problems.append(f"{name}: {num} is both an id and a related number")
    for r in e["related_numbers"]:
        if r["kind"] == "earlier_case_cited" and (
            r["number"] not in ids or ids.index(r["number"]) >= ids.index(r["record"])
        ):
            problems.append(f"{name}: 'earlier case' {r['number']} is not an earlier record")
    return problems


def records(folder, t):
    """(id, text stretch, start offset) per record, in print order."""
    starts = list(START[folder].finditer(t))
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else min(len(t), m.start() + 1500)
        out.append((m.group("id"), t[m.start() : end], m.start()))
    return out


def norm(tok):
    return tok.strip('".,;:()#')


def in_order(words, tokens):
    it = iter(tokens)
    return all(any(w in (tok, norm(tok)) or norm(w) == norm(tok) for tok in it) for w in words)


def group_heading(t, pos):
    heads = list(GROUP_HEAD.finditer(t, 0, pos))
    return heads[-1].group(1).strip() if heads else None


def check_samples(folder, name, t, recs, e):
    problems = []
    by_id = {}
    for num, text, pos in recs:
        by_id.setdefault(num, (text, pos))
    for s in e["sample_records"]:
        if s["case_number"] not in by_id:
            problems.append(f"{name}: sample {s['case_number']} has no record in the text")
            continue
        text, pos = by_id[s["case_number"]]
        for key, val in s.items():
            if folder == "coldwater-bay-ca-police-commission" and key == "type":
                ok = group_heading(t, pos) == val.upper()
            else:
                ok = all(in_order(v.split(), text.split()) for v in (val if isinstance(val, list) else [val]))
            if not ok:
                problems.append(f"{name}: sample {s['case_number']} {key}: {val!r} not printed in its record")
    return problems


def check_layout(folder, name, t, e, recs):
    """One check of the trap each layout is about."""
    ids, problems = e["case_numbers"], []
    pages = t.split("\f")[:-1] if t.endswith("\f") else t.split("\f")
    if folder == "harrow-ridge-ca-pd":
        bates = [int(x) for x in re.findall(r"HRPD (\d{6})$", t, re.M)]
        stamps = re.findall(r" {4}EXHIBIT \d+$", t, re.M)
        if (
            len(bates) != len(pages)
            or bates != list(range(bates[0], bates[0] + len(bates)))
            or len(stamps) < len(pages)
            or START[folder].search(pages[0])
            or "Case No. 25CV-03318" not in pages[0]
        ):
            problems.append(f"{name}: exhibit stamps {len(stamps)} / Bates {bates[:3]} or caption page wrong")
    if folder == "coldwater-bay-ca-police-commission":
        subs = [int(x) for x in re.findall(r"Subtotal, [A-Za-z ]+?  +(\d+) complaints$", t, re.M)]
        heads = GROUP_HEAD.findall(t)
        sizes = []
        for m in GROUP_HEAD.finditer(t):
            nxt = t.find("Subtotal,", m.end())
            sizes.append(len(START[folder].findall(t[m.end() : nxt])))
        finds = [
            int(x) for x in re.findall(r"^ +[A-Z][a-z]+(?: [A-Z][a-z]+)? +(\d+)$", t[t.find("FINDINGS THIS") :], re.M)
        ]
        if subs != sizes or sum(subs) != len(ids) or len(heads) != 6 or sum(finds) != len(ids) or len(finds) != 6:
            problems.append(f"{name}: subtotals {subs} vs groups {sizes}, findings {finds}")
    if folder == "marlow-county-ca-oig":
        for label in ("Received:", "Sheriff's report:", "Status:", "Synopsis:"):
            if len(re.findall(rf"^ *{label}|  {label}", t, re.M)) != len(ids):
                problems.append(f"{name}: label {label} not once per matter")
        bands = re.findall(r"^[\f ]*Matter OIG-25-\d{4} +(\S.*)$", t, re.M)
        if len(bands) != len(ids) or any(" - " not in b for b in bands):
            problems.append(f"{name}: category missing from {len(ids) - len(bands)} title bands")
    if folder == "pelham-flats-ca-pd":
        last = pages[-1]
        legend = re.findall(r"^ +[A-Z][A-Z-]{1,6} +[A-Z][a-z]", last, re.M)
        if (
            START[folder].search(last)
            or "LEGEND OF ABBREVIATIONS" not in last
            or len(legend) < 15
            or "CERTIFICATION" not in last
        ):
            problems.append(f"{name}: last page is not legend + certification ({len(legend)} legend lines)")
    if folder == "quill-harbor-ca-pd":
        paras = [int(m.group("para")) for m in START[folder].finditer(t)]
        full = sum(1 for p in pages if re.search(r"^ *28\b", p, re.M) and re.search(r"^ *1\b", p, re.M))
        if paras != list(range(4, 4 + len(ids))) or full != len(pages) or "Case No. 25-CV-7701" not in t:
            problems.append(f"{name}: paragraphs {paras[:2]}.. or pleading numbers on {full}/{len(pages)} pages")
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
        found = [num for num, _, _ in recs]
        if found != ids:
            problems.append(
                f"{pdf.name}: start pattern found {len(found)} ids, listed {len(ids)}"
                + ("" if len(found) != len(ids) else " (different ids or order)")
            )
        got = [int(x) for x in TOTAL[folder.name].findall(t)]
        if got != [len(ids)]:
            problems.append(f"{pdf.name}: document's own count {got} vs {len(ids)}")
        problems += check_samples(folder.name, pdf.name, t, recs, e)
        if recs:
            problems += check_layout(folder.name, pdf.name, t, e, recs)
        print(
            f"{folder.name}/{pdf.name}: {len(ids)} records, {pages} pages, "
            f"{len(e['related_numbers'])} related numbers, {len(data)} bytes"
        )
    return problems


def regen(here):
    problems = []
    before = {p: p.read_bytes() for p in here.rglob("*") if p.suffix in (".pdf", ".json")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs52.py"), tmp], check=True, capture_output=True)
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
    for folder in folders:
        problems += check(folder)
    if "--regen" in sys.argv:
        problems += regen(here)
    print("\n".join(problems) if problems else "all checks passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
