"""Mutation runs for check_blind_logs75.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong reported
value, a related number listed as a record, a missing agency folder) run the real check on a copy
in a temporary folder; trap mutations (a CAD line lost, a gaming-day count changed, a `Related:`
line citing a record of this log, a community count changed, a shift total changed) are applied to
the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs75/mutate_check_blind_logs75.py
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
import check_blind_logs75 as C  # noqa: E402


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


def m_reported(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("1", "2", 1)


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (CAD number, earlier incident, other agency's case...) as a record."""
    e = next((x for x in g if x["related_numbers"]), g[0])
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_reported, m_type, m_pages, m_dup, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs75.py"), "--dir", str(dst)],
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


def bump(pattern):
    return lambda t: re.sub(pattern, lambda m: m.group(0).replace(m.group(1), str(int(m.group(1)) + 1)), t, count=1)


TRAP = {  # text mutations that break each layout's trap
    "red-willow-nation-az-tribal-pd": lambda t: re.sub(r"^CAD (\d{4}-\d{4})", r"    \1", t, count=1, flags=re.M),
    "sunhawk-casino-resort-ok-security": bump(r"Reports this gaming day: (\d+)"),
    "nokomis-bay-mi-tribal-gaming-agency": lambda t: re.sub(
        r"^Related: 25-\d{4}", "Related: " + C.records("nokomis-bay-mi-tribal-gaming-agency", t)[-1][0], t,
        count=1, flags=re.M),
    "kinnick-lake-band-wi-tribal-police": bump(r"Lakeview Community \((\d+)\)"),
    "cedar-crane-resort-ca-public-safety": bump(r"Shift total: (\d+)"),
}
for f, mut in TRAP.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = SRC / f / e["file"]
    t = C.run(["pdftotext", "-layout", str(pdf), "-"])
    rt = C.column_text(pdf, e["pages"]) if f == "cedar-crane-resort-ca-public-safety" else t
    assert not C.check_layout(f, e["file"], t, e, C.records(f, rt)), f
    t2 = mut(t)
    assert t2 != t, f
    rt2 = rt if f == "cedar-crane-resort-ca-public-safety" else t2
    out = C.check_layout(f, e["file"], t2, e, C.records(f, rt2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f)

print(f"caught {caught} of {caught + missed}")
sys.exit(1 if missed else 0)
