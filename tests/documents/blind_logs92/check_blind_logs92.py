"""Stand-alone check of the held-out set blind_logs92 (does not import prr).

For every PDF: sha256, bytes and pages match groundtruth.json; record_count equals
len(case_numbers), is 40-150 and ids are unique; every id and related number is printed in the
`pdftotext -layout` text, and no related number is an id; a layout-specific record-start pattern
gives exactly the listed ids in order, and the update/stub pattern exactly the listed update
lines; the document's own count (where printed) equals record_count; every sample value is
printed inside its own record's stretch; size < 200 KB; plus one check per layout trap.
With --regen, regenerating into a temp dir must give identical files. `--dir DIR` checks a copy.
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGENCIES = ["fenwick-hollow-ia-pd", "ardwell-springs-co-pd", "bellmoor-university-pa-dps",
            "thornbury-county-ky-so", "greywater-harbor-me-pd"]
START = {  # record starts (not used by prr)
    "fenwick-hollow-ia-pd": re.compile(r"^(?P<id>FH25-\d{5}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "ardwell-springs-co-pd": re.compile(r"^(?P<id>AS-25-\d{5}) +\d\d/\d\d/2025 \d{4} ", re.M),
    "bellmoor-university-pa-dps": re.compile(r"^ *Case #: +(?P<id>BU-2025-\d{4})\n+ *Reported: ", re.M),
    "thornbury-county-ky-so": re.compile(r"^Case (?P<id>25-S-\d{4}) - reported ", re.M),
    "greywater-harbor-me-pd": re.compile(r"^(?P<id>GH25\d{6}) +\d\d/\d\d/2025 \d{4} ", re.M),
}
UPDATE = {  # update lines / stubs: not records
    "fenwick-hollow-ia-pd": re.compile(r"^(?P<id>FH25-\d{5}) +\d\d/\d\d/2025 +(?:Reclassified|Supplement)", re.M),
    "ardwell-springs-co-pd": re.compile(r"^(?P<id>AS-25-\d{5}) +-- MOVED TO CLOSED \d\d/\d\d/2025", re.M),
    "bellmoor-university-pa-dps": re.compile(r"^ *Case #: +(?P<id>BU-2025-\d{4})\n+ *Updated: ", re.M),
    "thornbury-county-ky-so": re.compile(r"^Update to Case (?P<id>25-S-\d{4}):", re.M),
    "greywater-harbor-me-pd": re.compile(r"^(?P<id>GH25\d{6}) +\d\d/\d\d/2025 +(?:reclassified|supplement)", re.M),
}
TOTAL = {
    "fenwick-hollow-ia-pd": re.compile(r"New cases in this log: (\d+)"),
    "ardwell-springs-co-pd": re.compile(r"TOTAL CASES: (\d+)"),
    "bellmoor-university-pa-dps": re.compile(r"Incidents reported this period: (\d+)\."),
    "thornbury-county-ky-so": re.compile(r"Total new cases this week: (\d+)\."),
}
HEADS = re.compile(r"^(?:OPEN CASES|CLOSED CASES|UPDATED / RECLASSIFIED|\*\*\* STATUS|Open Investigations|Closed Incidents|"
                   r"Updates to Previously|I\. NEW|II\. NEW|III\. RECLASS|STATUS CHANGES|OPEN REPORTS|CLOSED REPORTS|"
                   r"New cases in|ACTIVE:|Incidents reported|Total new).*$", re.M)
SECTION = {  # headings a record must follow, per status
    "fenwick-hollow-ia-pd": ("OPEN CASES (", "CLOSED CASES (", "UPDATED / RECLASSIFIED"),
    "ardwell-springs-co-pd": ("*** STATUS: ACTIVE", "*** STATUS: CLOSED", "ACTIVE: "),
    "bellmoor-university-pa-dps": ("Open Investigations", "Closed Incidents", "Updates to Previously"),
    "thornbury-county-ky-so": ("I. NEW CASES - OPEN", "II. NEW CASES - CLOSED", "III. RECLASSIFIED"),
    "greywater-harbor-me-pd": ("OPEN REPORTS", "CLOSED REPORTS", None),
}


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def flat(s):
    return re.sub(r"\s+", " ", s).strip()


PAGEHEAD = re.compile(r"(?m)^.*Page \d+ of \d+$\n?|^(?:Weekly Case Status Report|Period: |Activity date|Incident Report by Status|"
                      r"Call and Report Log).*$\n?")


def check_text(slug, e, t):
    """every check that reads the text; returns a list of problems"""
    p, name = [], f"{slug}/{e['file']}"
    ids = e["case_numbers"]
    rel = [r["number"] for r in e["related_numbers"]]
    ft = flat(t)
    for num in set(ids + rel):
        want = ids.count(num) + rel.count(num)
        have = len(re.findall(rf"(?<![\w-]){re.escape(num)}(?![\w-])", ft))
        if have < want:
            p.append(f"{name}: {num} printed {have}x, listed {want}x")
    for num in set(rel) & set(ids):
        p.append(f"{name}: {num} is both id and related")
    starts = list(START[slug].finditer(t))
    found = [m["id"] for m in starts]
    if found != ids:
        p.append(f"{name}: record-start pattern gives {len(found)} ids, differing from the list")
    ups = list(UPDATE[slug].finditer(t))
    if [m["id"] for m in ups] != [u["number"] for u in e["update_lines"]]:
        p.append(f"{name}: update pattern differs from update_lines")
    if slug in TOTAL:
        m = TOTAL[slug].search(t)
        if not m or int(m.group(1)) != e["record_count"]:
            p.append(f"{name}: printed total {m and m.group(1)} != record_count {e['record_count']}")
    # record stretches: from a start to the next start, update line or heading
    cuts = sorted([m.start() for m in starts] + [m.start() for m in ups] + [m.start() for m in HEADS.finditer(t)]
                  + [len(t)])
    stretch = {}
    for m in starts:
        end = next(c for c in cuts if c > m.start())
        stretch.setdefault(m["id"], flat(PAGEHEAD.sub("", t[m.start():end])))
    for s in e["sample_records"]:
        st = stretch.get(s["case_number"], "")
        for k, v in s.items():
            for val in (v if isinstance(v, list) else [v]):
                if flat(val) not in st:
                    p.append(f"{name}: sample {s['case_number']} {k}={val!r} not in its stretch")
    # traps
    op, cl, up = SECTION[slug]
    i_op, i_cl = t.find(op), t.find(op if False else cl)
    i_up = t.find(up) if up else -1
    for m in starts:
        if not (i_op < m.start()) or (up and slug != "greywater-harbor-me-pd" and m.start() > i_up):
            p.append(f"{name}: record {m['id']} outside the record sections")
    refs = [u for u in e["update_lines"] if u["refers_to_record"]]
    for u in e["update_lines"]:
        if (u["number"] in ids) != u["refers_to_record"]:
            p.append(f"{name}: update line {u['number']} refers_to_record wrong")
    if not refs:
        p.append(f"{name}: no update line repeats a record of this document")
    if slug == "fenwick-hollow-ia-pd":
        no = int(re.search(r"OPEN CASES \((\d+)\)", t).group(1))
        nc = int(re.search(r"CLOSED CASES \((\d+)\)", t).group(1))
        nu = int(re.search(r"UPDATED / RECLASSIFIED CASES \((\d+)\)", t).group(1))
        got_o = sum(1 for m in starts if m.start() < i_cl)
        if (no, nc, nu) != (got_o, len(starts) - got_o, len(ups)):
            p.append(f"{name}: section counts {(no, nc, nu)} differ from rows")
    if slug == "ardwell-springs-co-pd":
        for m in ups:  # stub in ACTIVE, full row in CLOSED
            full = [s for s in starts if s["id"] == m["id"]]
            if not (m.start() < i_cl and len(full) == 1 and full[0].start() > i_cl):
                p.append(f"{name}: stub {m['id']} not matched by one full row in CLOSED")
        if not ups:
            p.append(f"{name}: no stub")
        a = re.search(r"ACTIVE: (\d+) +CLOSED: (\d+)", t)
        if not a or int(a.group(1)) + int(a.group(2)) != e["record_count"]:
            p.append(f"{name}: ACTIVE + CLOSED != record_count")
    if slug == "bellmoor-university-pa-dps":
        m = re.search(r"Updates listed: (\d+)\.", t)
        if not m or int(m.group(1)) != len(e["update_lines"]):
            p.append(f"{name}: printed update count wrong")
        if sum(1 for u in e["update_lines"] if not u["refers_to_record"]) < 1:
            p.append(f"{name}: no update to an earlier month")
    if slug == "thornbury-county-ky-so":
        if len(re.findall(r"Deputy #\d{3}\. Disposition: ", flat(PAGEHEAD.sub("", t)))) != len(ids):
            p.append(f"{name}: deputy line per record missing")
    if slug == "greywater-harbor-me-pd":
        first = re.search(r"^(GH25\d{6}) ", t, re.M)
        if not ups or first.start() != ups[0].start() or ups[-1].start() > i_op:
            p.append(f"{name}: status-change table is not first")
    return p


def check(base, regen=False):
    problems, nrec, npdf = [], 0, 0
    for slug in AGENCIES:
        gt = base / slug / "groundtruth.json"
        if not gt.exists():
            problems.append(f"{slug}: missing")
            continue
        for e in json.loads(gt.read_text()):
            pdf = base / slug / e["file"]
            data = pdf.read_bytes()
            name = f"{slug}/{e['file']}"
            npdf += 1
            nrec += e["record_count"]
            if hashlib.sha256(data).hexdigest() != e["sha256"] or len(data) != e["bytes"]:
                problems.append(f"{name}: sha256/bytes")
            if len(data) >= 200_000:
                problems.append(f"{name}: too big")
            pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", str(pdf)])).group(1))
            if pages != e["pages"]:
                problems.append(f"{name}: pages {pages} != {e['pages']}")
            ids = e["case_numbers"]
            if e["record_count"] != len(ids) or not 40 <= len(ids) <= 150 or len(set(ids)) != len(ids):
                problems.append(f"{name}: record_count/ids")
            if "[invented]" not in e["agency"] or len(e["sample_records"]) != 3:
                problems.append(f"{name}: agency mark or samples")
            for r in e["related_numbers"]:
                if r["record"] not in ids:
                    problems.append(f"{name}: related for unknown record {r['record']}")
            problems += check_text(slug, e, run(["pdftotext", "-layout", str(pdf), "-"]))
    if regen:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(HERE / "make_blind_logs92.py"), tmp], check=True)
            for slug in AGENCIES:
                for f in (Path(tmp) / slug).iterdir():
                    if f.read_bytes() != (base / slug / f.name).read_bytes():
                        problems.append(f"regen: {slug}/{f.name} differs")
    return problems, nrec, npdf


def main():
    args = sys.argv[1:]
    base = Path(args[args.index("--dir") + 1]) if "--dir" in args else HERE
    problems, nrec, npdf = check(base, "--regen" in args)
    for q in problems:
        print("FAIL", q)
    print(f"{npdf} PDFs, {nrec} records: {'FAILED' if problems else 'all checks passed'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
