"""Mutation runs for check_blind_logs155.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (prior case, related incident, earlier case or CAD event number) listed as a record, a
record listed twice, a missing agency folder) run the real check on a copy in a temporary folder;
trap mutations (two per layout: a row's prior case number blanked, a case number moved off the
right-aligned edge; a related incident naming an incident of this report, a label moved off the
colon gutter; a wrapped line's leading time made earlier than its entry, every line set flush left;
a supplement naming another incident, a supplement's number moved off the decimal point; a CAD
event number moved off the incident number's right edge, a second tier removed) are applied to the
`pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs155/mutate_check_blind_logs155.py
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs155 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior_case", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "prior_case", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    g[-1]["sample_records"][2]["reported_at"] = "September 30, 1999 11:11"


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (a related number, else an item or page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs155.py"), "--dir", str(dst)],
                          capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def prior_blanked(t, e):
    """A row's prior case number blanked: the row's first number after the time is its case number."""
    return re.sub(r"(?m)^(\d\d/\d\d/\d\d +\d{1,2}:\d\d +)(2[45]-\d{3,4})(?= +25-\d{3,4} )",
                  lambda m: m.group(1) + " " * len(m.group(2)), t, count=1)


def id_shifted(t, e):
    """A case number moved three columns left, off the right-aligned edge of its column."""
    return re.sub(r"(?m)^(\d\d/\d\d/\d\d +\d{1,2}:\d\d +)   (25-\d{3,4}) ", r"\1\2    ", t, count=1)


def related_in_report(t, e):
    """A related incident naming an incident of this very report."""
    return re.sub(r"((?:Related|Prior) Incident: +)S25-\d{5}", lambda m: m.group(1) + e["case_numbers"][-1], t,
                  count=1)


def label_shifted(t, e):
    """A label moved three columns left, off the colon gutter."""
    return re.sub(r"(?m)^   ( *Location: )", r"\1", t, count=1)


def wrapped_time_earlier(t, e):
    """A wrapped line's leading time set before its entry's own time."""
    return re.sub(r"(?m)^( +)\d\d:\d\d;", r"\g<1>00:00;", t, count=1)


def flush_left(t, e):
    """Every line set flush left: the centring is gone."""
    return re.sub(r"(?m)^ +", "", t)


def supplement_other(t, e):
    """A supplement naming another incident than the one it is numbered under."""
    m = re.search(r"Supplement to (HT25-\d{4})", t)
    other = next(x for x in e["case_numbers"] if x != m.group(1))
    return t[:m.start(1)] + other + t[m.end(1):]


def supplement_shifted(t, e):
    """A supplement's number moved three columns left, off the decimal point."""
    return re.sub(r"(?m)^   ( *\d+\.\d+ +Supplement to )", r"\1", t, count=1)


def cad_shifted(t, e):
    """A CAD event number moved four columns left, off the incident number's right edge."""
    return re.sub(r"(?m)^( {8,}) {4}(2025-\d{5} {2,}\S)", r"\1\2", t, count=1)


def tier_removed(t, e):
    """A second tier removed: one incident prints a single line."""
    return re.sub(r"(?m)^ {8,}2025-\d{5} {2,}\S.*\n", "", t, count=1)


TRAP = {  # two text mutations of each layout's trap
    "brackenridge-falls-or-pd": [prior_blanked, id_shifted],
    "tolliver-county-ks-so": [related_in_report, label_shifted],
    "wexcombe-vt-pd": [wrapped_time_earlier, flush_left],
    "harrowgate-township-pa-pd": [supplement_other, supplement_shifted],
    "corvallen-heights-id-pd": [cad_shifted, tier_removed],
}
for f, muts in TRAP.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    for mut in muts:
        t2 = mut(t, e)
        assert t2 != t, (f, mut.__name__)
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
