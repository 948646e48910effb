"""Mutation runs for check_blind_logs152.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (train, car, coach, bus, flight, vessel, citation or related report number) listed as a record,
a record listed twice, a missing agency folder) run the real check on a copy in a temporary folder;
trap mutations (two per layout: a fare sweep's cited count changed, the closing sweep count changed;
a `Related Report No.:` line relabelled `Report No.:`, a related report number changed; an update
paragraph naming a case not opened earlier, the closing update count changed; an item number out of
its route's run, a route total changed; a cross-reference naming the wrong train, a consist's car
count changed) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs152/mutate_check_blind_logs152.py
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
import check_blind_logs152 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "fare_citation",
                                    "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "fare_citation", "number": g[0]["case_numbers"][0]}
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
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs152.py"), "--dir", str(dst)],
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


def digit(pattern):
    """Change the digit in group 2 of the first match of pattern (group 1 is kept)."""
    return lambda t: re.sub(pattern, lambda m: m.group(1) + str((int(m.group(2)) + 1) % 10), t, count=1)


TRAP = {  # text mutations that break each layout's trap
    # a fare sweep's cited count changed
    "corliss-valley-or-rtp": bump(r"Fare inspection sweep: \d+ checked, (\d+) cited", 1),
    # a related report line relabelled as the block's own report number
    "bellmere-mn-airport-pd": lambda t: re.sub(r"Related Report No\.:", "Report No.:", t, count=1),
    # an update paragraph naming a case that was not opened earlier in the log
    "port-of-skerrow-me-hp": lambda t: re.sub(r"(Update, Harbor case 25-H-0)\d{3}", r"\g<1>999", t, count=1),
    # an item number out of its route's run
    "sandral-valley-az-tdp": lambda t: re.sub(r"(?m)^( *)2\.(?= +SV25-)", r"\g<1>3.", t, count=1),
    # a cross-reference naming the wrong train
    "aldous-bay-ma-crp": digit(r"(see ABR25-1\d{4} \(Train \d\d)(\d)"),
}
TRAP2 = {  # a second mutation of each trap
    # the closing sweep count changed
    "corliss-valley-or-rtp": bump(r"Fare sweeps: (\d+)", 1),
    # a related report number changed
    "bellmere-mn-airport-pd": digit(r"(Related Report No\.: +BAP-\d\d-\d\d\d)(\d)"),
    # the closing update count changed
    "port-of-skerrow-me-hp": bump(r"Updates to earlier cases: (\d+)", 1),
    # a route total changed
    "sandral-valley-az-tdp": bump(r"Route \d+ total: (\d+) incidents", 1),
    # a consist's car count changed
    "aldous-bay-ma-crp": bump(r"\((\d+) cars\)", 1),
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
