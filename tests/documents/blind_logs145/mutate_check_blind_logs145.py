"""Mutation runs for check_blind_logs145.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (supplement_to) or a stray ordinal listed as a record, a record listed twice, a missing agency
folder) run the real check on a copy in a temporary folder; trap mutations (two per layout: the
`and N more rows` count or a tooltip's case number changed; a week count of the highlight table or a
tooltip card's case number changed; the `Showing N of M` count or a panel item's number changed; the
dataset's `Rows N` or a top-values count changed; a beat group's head count or a chart axis label
changed) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs145/mutate_check_blind_logs145.py
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
import check_blind_logs145 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]}
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
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs145.py"), "--dir", str(dst)],
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


def bump(pattern, delta):
    return lambda t: re.sub(pattern, lambda m: m.group(0)[:m.start(1) - m.start(0)] + str(int(m.group(1)) + delta)
                            + m.group(0)[m.end(1) - m.start(0):], t, count=1)


TRAP = {  # text mutations that break each layout's trap
    "marrowgate-vt-pd": bump(r"and (\d+) more rows", 1),
    "cobbleford-county-id-so": bump(r"Oct 1-7 +(\d+)", 1),
    "pellworth-nm-pd": bump(r"Showing (\d+) of", 1),
    "hollin-bay-me-pd": bump(r"(?m)^ *Rows (\d+)$", 1),
    "ravensholt-wi-pd": bump(r"Beat 1 \((\d+)\)", 1),
}
TRAP2 = {  # a second mutation of each trap
    "marrowgate-vt-pd": lambda t: re.sub(r"Case: MG25-\d{5}", "Case: MG25-99999", t, count=1),
    "cobbleford-county-id-so": lambda t: re.sub(r"Case Number: C25-\d{4}", "Case Number: C25-9999", t, count=1),
    "pellworth-nm-pd": lambda t: re.sub(r"Incident(\s+)25-\d{5}\.", r"Incident\g<1>25-99999.", t, count=1),
    "hollin-bay-me-pd": bump(r"1\. +[A-Z][A-Z -]+ \((\d+) rows\)", 1),
    "ravensholt-wi-pd": lambda t: re.sub(r"^R25-\d{5}", "R25-99999", t, count=1, flags=re.M),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f, mut)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
