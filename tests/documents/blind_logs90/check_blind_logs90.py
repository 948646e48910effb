"""Stand-alone check of blind_logs90 (does not import prr).

For every PDF: sha256/bytes/pages; ids unique; every id and related number printed in the
`pdftotext -layout` text; a layout-specific record-start pattern gives exactly the listed ids in
order; the document's own counts; every sample value printed inside its own record's stretch
(date-only-in-heading layouts: the date in the governing day heading); one check per layout trap.
`--regen` regenerates the set into a temp dir and requires identical bytes.
Run: python tests/documents/blind_logs90/check_blind_logs90.py [--regen] [SET_DIR]
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

START = {
    "fenwick-harbor-me-pd": re.compile(r"^(FH-25-\d{5})\s+\d\d:\d\d\s"),
    "quarry-bend-ks-so": re.compile(r"^REPORT NO: (QB\d{6})\b"),
    "tamsin-lake-mn-pd": re.compile(r"^(\d\d-\d{6})\s+\d\d/\d\d/\d{4} \d\d:\d\d\s"),
    "orrin-creek-university-dps": re.compile(r"^\s+\d{4} hrs - (OC25-\d{4}) - "),
    "vesper-county-ga-so": re.compile(r"^(\d\d-\d{5})\s+\d{1,2}/\d{1,2}/\d{4} \d\d:\d\d\s"),
}
HEADING = {
    "fenwick-harbor-me-pd": re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d\d/\d\d/\d{4})\s*$"),
    "orrin-creek-university-dps": re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d\d/\d\d/\d{4})\s*$"),
}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def stretches(slug, lines):
    """[(id, start_line, end_line, heading_date)] for each record start, in order."""
    pat, hp = START[slug], HEADING.get(slug)
    starts, head = [], None
    for i, ln in enumerate(lines):
        if hp and hp.match(ln):
            head = hp.match(ln).group(1)
        m = pat.match(ln)
        if m:
            starts.append([m.group(1), i, None, head])
    for k, s in enumerate(starts):
        s[2] = starts[k + 1][1] if k + 1 < len(starts) else len(lines)
    return starts


def layout_check(slug, text, g):
    """Document counts and the layout's trap. Returns a list of error strings."""
    errs = []
    lines = text.splitlines()
    ids = g["case_numbers"]
    st = stretches(slug, lines)
    if slug == "fenwick-harbor-me-pd":
        # trap: day count lines and the period total are counts, not records; they must match
        days = {}
        for s in st:
            days.setdefault(s[3], []).append(s[0])
        printed = dict(re.findall(r"Incidents for (\d\d/\d\d/\d{4}): (\d+)", text))
        if {k: str(len(v)) for k, v in days.items()} != printed:
            errs.append("day counts do not match the rows under each heading")
        tot = re.findall(r"Total incidents this period: (\d+)", text)
        if tot != [str(len(ids))]:
            errs.append(f"period total {tot} != {len(ids)}")
        nums = [int(x[-5:]) for x in ids]
        if any(a <= b for a, b in zip(nums, nums[1:])):
            errs.append("ids do not strictly descend")
        hd = [s[3] for s in st]
        if hd != sorted(hd, key=lambda d: (d[6:], d[:5]), reverse=True):
            errs.append("day headings not newest first")
    elif slug == "quarry-bend-ks-so":
        # trap: LATE ENTRY blocks carry numbers above the newest record, out of descending order
        late = re.findall(r"REPORT NO: (QB\d{6})\s+\*\* LATE ENTRY - KEYED \d\d/\d\d/\d{4} \*\*", text)
        nums = [int(x[2:]) for x in ids]
        ups = [ids[i + 1] for i in range(len(ids) - 1) if nums[i + 1] > nums[i]]
        if len(late) != 4 or ups != late:
            errs.append(f"late entries {late} != upward jumps {ups}")
        regular = [n for x, n in zip(ids, nums) if x not in late]
        if any(a <= b for a, b in zip(regular, regular[1:])) or min(int(x[2:]) for x in late) <= max(regular):
            errs.append("regular ids not descending below the late ones")
        pp = re.findall(r"PAGE (\d+)/(\d+)", text)
        if [int(a) for a, _ in pp] != list(range(1, len(pp) + 1)) or {b for _, b in pp} != {str(len(pp))}:
            errs.append("page numbering wrong")
    elif slug == "tamsin-lake-mn-pd":
        # trap: a second series (case report numbers) printed beside some calls; page counts
        per = [int(x) for x in re.findall(r"Calls on this page: (\d+)", text)]
        pages = text.split("\f")
        got = [len(stretches(slug, p.splitlines())) for p in pages if p.strip()]
        if per != got or sum(per) != len(ids):
            errs.append(f"page counts {per} != rows per page {got}")
        rel = [x["number"] for x in g["related_numbers"] if x["kind"] == "case_report"]
        printed = re.findall(r"\bTLPD\d{5}\b", text)
        if printed != rel or any(int(a[4:]) <= int(b[4:]) for a, b in zip(rel, rel[1:])):
            errs.append("case report series not the related numbers or not descending")
        nums = [int(x[3:]) for x in ids]
        if any(a <= b for a, b in zip(nums, nums[1:])):
            errs.append("call numbers do not descend")
    elif slug == "orrin-creek-university-dps":
        # trap: 'Related to earlier report X' names a record printed further down: one record
        refs = re.findall(r"Related to earlier\s+report\s+(OC25-\d{4})", norm(text))
        if len(refs) != 6:
            errs.append(f"{len(refs)} cross-references, expected 6")
        pos = {s[0]: k for k, s in enumerate(st)}
        for s in st:
            body = norm(" ".join(lines[s[1]:s[2]]))
            for ref in re.findall(r"Related to earlier report (OC25-\d{4})", body):
                if ref not in pos or pos[ref] <= pos[s[0]]:
                    errs.append(f"{s[0]} refers to {ref}, not an older record printed below")
        if any(len(re.findall(re.escape(x) + r"\b", text)) != 1 + refs.count(x) for x in ids):
            errs.append("an id printed other than once plus its references")
    elif slug == "vesper-county-ga-so":
        # trap: numbering restarts at the year end; one upward jump from 26-00001 to 25-
        ups = [(ids[i], ids[i + 1]) for i in range(len(ids) - 1)
               if (int(ids[i + 1][:2]), int(ids[i + 1][3:])) > (int(ids[i][:2]), int(ids[i][3:]))
               or int(ids[i + 1][3:]) > int(ids[i][3:])]
        if len(ups) != 1 or ups[0][0] != "26-00001" or not ups[0][1].startswith("25-"):
            errs.append(f"year rollover not as described: {ups}")
        rc = re.findall(r"Record count: (\d+)", text)
        if rc != [str(len(ids))]:
            errs.append(f"record count line {rc}")
        pp = re.findall(r"Page (\d+) of (\d+)", text)
        if [int(a) for a, _ in pp] != list(range(1, len(pp) + 1)) or {b for _, b in pp} != {str(len(pp))}:
            errs.append("page footer wrong")
    return errs


def check_entry(slug, folder, g, text=None):
    errs = []
    pdf = folder / g["file"]
    name = f"{slug}/{g['file']}"
    if text is None:
        data = pdf.read_bytes()
        if hashlib.sha256(data).hexdigest() != g["sha256"]:
            errs.append("sha256")
        if len(data) != g["bytes"]:
            errs.append("bytes")
        if pages_of(pdf) != g["pages"]:
            errs.append("pages")
        if len(data) > 200_000:
            errs.append("over 200 KB")
        text = text_of(pdf)
    for k in ("source_repo", "commit", "path", "git_blob"):
        if g.get(k) != "generated":
            errs.append(f"{k} not 'generated'")
    if "[invented]" not in g.get("agency", ""):
        errs.append("agency not marked [invented]")
    ids = g["case_numbers"]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if g["record_count"] != len(ids):
        errs.append("record_count != len(case_numbers)")
    if not 40 <= len(ids) <= 150:
        errs.append("record count outside 40-150")
    for x in ids:
        if x not in text:
            errs.append(f"id {x} not printed")
    for r in g["related_numbers"]:
        if r["number"] in ids:
            errs.append(f"related {r['number']} is also an id")
        if r["record"] not in ids:
            errs.append(f"related number for unknown record {r['record']}")
        if r["number"] not in text:
            errs.append(f"related {r['number']} not printed")
    lines = text.splitlines()
    st = stretches(slug, lines)
    if [s[0] for s in st] != ids:
        errs.append("record-start pattern ids != case_numbers")
    where = {s[0]: s for s in st}
    for r in g["related_numbers"]:
        s = where.get(r["record"])
        if s and r["number"] not in "\n".join(lines[s[1]:s[2]]):
            errs.append(f"related {r['number']} not inside record {r['record']}")
    for i in (0, len(ids) // 2, len(ids) - 1):
        if g["sample_records"][[0, len(ids) // 2, len(ids) - 1].index(i)].get("case_number") != ids[i]:
            errs.append(f"sample {i} is not record {i}")
    for smp in g["sample_records"]:
        s = where.get(smp["case_number"])
        if not s:
            errs.append(f"sample {smp['case_number']} has no record")
            continue
        body = norm(" ".join(lines[s[1]:s[2]]))
        for k, v in smp.items():
            if k == "related_numbers":
                vals = v
            elif k == "reported_at" and slug in HEADING:
                d, t = v.split(" ")
                if d != s[3]:
                    errs.append(f"{smp['case_number']} reported date {d} != heading {s[3]}")
                vals = [t]
            else:
                vals = [v]
            for val in vals:
                if not re.search(r"(?<![\w/])" + re.escape(norm(val)) + r"(?![\w/])", body):
                    errs.append(f"{smp['case_number']} {k}={val!r} not in its record")
    errs += layout_check(slug, text, g)
    return [f"{name}: {e}" for e in errs]


def check_set(root):
    errs = []
    slugs = sorted(START)
    for slug in slugs:
        gtp = root / slug / "groundtruth.json"
        if not gtp.exists():
            errs.append(f"{slug}: groundtruth.json missing")
            continue
        for g in json.loads(gtp.read_text()):
            errs += check_entry(slug, root / slug, g)
    return errs


def regen(root):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "make_blind_logs90.py"), tmp], check=True)
        bad = []
        for p in sorted(Path(tmp).rglob("*")):
            if p.is_file():
                q = root / p.relative_to(tmp)
                if not q.exists() or q.read_bytes() != p.read_bytes():
                    bad.append(str(p.relative_to(tmp)))
        return [f"regen differs: {b}" for b in bad]


def main():
    args = [a for a in sys.argv[1:] if a != "--regen"]
    root = Path(args[0]) if args else HERE
    errs = check_set(root)
    if "--regen" in sys.argv:
        errs += regen(root)
    n_pdf = sum(len(json.loads((root / s / "groundtruth.json").read_text())) for s in START
                if (root / s / "groundtruth.json").exists())
    for e in errs:
        print("FAIL", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print(f"OK: {len(START)} agencies, {n_pdf} PDFs checked" + (", regenerated byte-identical" if "--regen" in sys.argv else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
