"""Mutation runs for check_blind_logs33.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
date in the last sample, a wrong type, a missing agency folder) run the real check on a copy
in a temporary folder; layout-trap mutations (a row moved out of time order, a carried-forward
figure, a column without its day separator, a district count, an update count) are applied
to the text the check reads.
Run: python tests/documents/blind_logs33/mutate_check_blind_logs33.py
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
import check_blind_logs33 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


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
    s = g[-1]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("10/", "09/", 1).replace("October", "September", 1).replace("-Oct-", "-Sep-", 1)


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0


def check_copy(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs33.py"), "--dir", str(dst)],
                          capture_output=True).returncode


for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            if check_copy(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # a missing agency folder
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = check_copy(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED missing folder")

MUT = {
    "harrow-glen-ny-village-pd": lambda t: re.sub(r"^(\d\d)/(\d\d)/25", r"12/\2/25", t, count=1, flags=re.M),
    "kettering-run-pa-borough-pd": lambda t: re.sub(
        r"Carried forward: (\d+)", lambda m: f"Carried forward: {int(m.group(1)) + 1}", t, count=1),
    "wyckoff-mills-nj-township-pd": lambda t: "\f".join(
        [t.split("\f")[0]] + [WM_DROP(c) if i == 0 else c for i, c in enumerate(t.split("\f")[1:])]),
    "calvert-shore-county-md-so": lambda t: re.sub(r"^DIST 2 +(\d+) CALLS$",
                                                   lambda m: f"DIST 2   {int(m.group(1)) + 1:3d} CALLS", t,
                                                   flags=re.M),
    "brandywine-ridge-state-university-de-pd": lambda t: re.sub(
        r"updates to earlier incidents: (\d+)", lambda m: f"updates to earlier incidents: {int(m.group(1)) - 1}", t),
}


def WM_DROP(col):
    return C.WM_SEP.sub("", col, count=1)


for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = SRC / f / e["file"]
    t = C.record_text(f, pdf, C.run(["pdftotext", "-layout", str(pdf), "-"]))
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
