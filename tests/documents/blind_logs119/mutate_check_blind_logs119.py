"""Mutation runs for check_blind_logs119.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a
superseded or CAD number listed as a record, a deleted row's number listed as a record, a record
listed twice, a missing agency folder) run the real check on a copy in a temporary folder; trap
mutations (two per layout: a deleted row's balloon or a struck old number lost, a balloon citing an
unknown case or a comment total changed, a deleted paragraph's balloon lost or a late-entry total
changed, the deleted item's balloon lost or a renumbered item misnumbered, a summary line citing an
unknown case or the comment total changed) are applied to the `pdftotext -layout` text and fed to the
text check.
Run: python tests/documents/blind_logs119/mutate_check_blind_logs119.py
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
import check_blind_logs119 as C  # noqa: E402


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
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30/2024 " + s["reported_at"].split()[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (superseded, CAD) as a record; where there is none, a deleted or
    summary-line number: the first number printed on a non-record line."""
    e = g[0]
    if e["related_numbers"]:
        num = e["related_numbers"][0]["number"]
    else:
        num = e["case_numbers"][0]  # Elstow: the summary repeats ids; list one twice
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_deleted(g, folder):
    """List the number of a deleted row / paragraph / item (or of a summary line, or a case cited in a
    Brenlow balloon) as a record."""
    e = g[0]
    t = C.run(["pdftotext", "-layout", str(SRC / folder / e["file"]), "-"])
    dead = [m for num, _, m in C.stretches(folder, t) if m and not num]
    if dead:
        num = dead[0].group("id")
    else:
        num = re.search(r"^(E25-\d{5}) +\(\d+\)|same caller as (BC25-\d{4})", t, re.M)
        num = num.group(1) or num.group(2)
    e["case_numbers"].append(num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_deleted]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs119.py"), "--dir", str(dst)],
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
            m(g, f) if m is m_deleted else m(g)
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


def plus(label, k):
    return lambda t: re.sub(rf"{label}(\d+)", lambda m: f"{label.replace(chr(92), '')}{int(m.group(1)) + k}", t, count=1)


TRAP = {  # text mutations that break each layout's trap
    "ashgrove-wi-pd": lambda t: t.replace("Deleted:", "Noted:", 1),
    "brenlow-county-id-so": lambda t: re.sub(r"same caller as BC25-\d{4}", "same caller as BC25-9999", t, count=1),
    "corrin-city-or-pd": lambda t: t.replace("Deleted: juvenile", "Note: juvenile", 1),
    "dunmere-university-nh-dps": lambda t: t.replace("Deleted:", "Note:", 1),
    "elstow-county-ks-so": lambda t: re.sub(r"^E25-\d{5}( +\(1\) )", r"E25-00001\1", t, count=1, flags=re.M),
}
TRAP2 = {  # a second mutation of each trap
    "ashgrove-wi-pd": lambda t: re.sub(r"^25-0\d{4}( +25-0\d{4} )", r"        \1", t, count=1, flags=re.M),
    "brenlow-county-id-so": plus(r"Review: ", 1),
    "corrin-city-or-pd": plus(r"late entries inserted: ", -1),
    "dunmere-university-nh-dps": lambda t: re.sub(r"^(\d+)\. (\d+)\. ", lambda m: f"{m.group(1)}. {int(m.group(2)) + 1}. ",
                                                  t, count=1, flags=re.M),
    "elstow-county-ks-so": plus(r"Comments: ", 1),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_text(f, e["file"], t, e), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_text(f, e["file"], t2, e)
    lay = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f)
    elif not lay:
        print("note: trap mutation of", f, "caught outside the layout check:", out[0])

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
