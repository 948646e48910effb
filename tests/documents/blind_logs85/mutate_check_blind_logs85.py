"""Mutation runs for check_blind_logs85.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page count or
record count, an unprinted related number, an id listed as related, a wrong reported date, a wrong type,
a Seq-2 row or line number listed as a record, a missing agency folder) run the real check on a copy in a
temporary folder; trap mutations are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs85/mutate_check_blind_logs85.py
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
import check_blind_logs85 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "9999 NOWHERE RD"


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
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "ARSON"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_extra(g):
    """List a row that is not a new record (a repeated id, as a Seq 2 row or a right-edge copy would give)."""
    g[0]["case_numbers"].insert(2, g[0]["case_numbers"][1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_extra]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs85.py"), "--dir", str(dst)],
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

DT = C.DT
TRAP = {  # text mutations that break each layout's trap
    "kedron-hollow-vt-pd": lambda t: re.sub(rf"^(KH25-\d{{5}} +)2( +{DT})", r"\g<1>1\2", t, count=1, flags=re.M),
    "vale-of-ormsby-pa-pd": lambda t: re.sub(rf"^({DT})( +)((?!\1){DT})(?= +VO-25-)",
                                             lambda m: m.group(3) + m.group(2) + m.group(1), t, count=1,
                                             flags=re.M),  # one row's dates swapped
    "griswold-bend-in-communications": lambda t: re.sub(r" 7( +GB-2025-)", r" 8\1", t, count=1),
    "tullamore-crossing-ne-pd": lambda t: re.sub(rf"^ +({DT}) ", r"\1 ", t, count=1, flags=re.M),
    "merrivale-township-mi-pd": lambda t: re.sub(r" (MT-25-\d{5})$", " ", t, count=1, flags=re.M),
}
for f, mut in TRAP.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f)

print(f"caught {caught}, missed {missed}")
print(f"{caught} of {caught + missed} caught")
sys.exit(1 if missed else 0)
