"""Mutation runs for check_blind_logs68.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong period band
or heading date, a missing agency folder, a changed PDF byte) run the real check on a copy in a
temporary folder; layout-trap mutations (period bands out of order, a student ID moved off its
row, a calendar date in the semester report, a sweep tally dropped, a contact line renumbered)
are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs68/mutate_check_blind_logs68.py
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
import check_blind_logs68 as C  # noqa: E402


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


def m_time(g):
    s = g[-1]["sample_records"][2]
    key = next(k for k in ("period", "date", "reported_at") if k in s)
    s[key] = {"period": "P9", "date": "10/01/2025"}.get(key, "Wk 99 Sun P9")


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_agency(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_time, m_type, m_pages, m_dup, m_agency]


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs68.py"), "--dir", str(dst)], capture_output=True
    ).returncode


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
for name in ("remove a folder", "change a PDF byte"):
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        if name == "remove a folder":
            shutil.rmtree(dst / folders[0])
        else:
            pdf = next((dst / folders[1]).glob("*.pdf"))
            b = bytearray(pdf.read_bytes())
            b[len(b) // 2] ^= 0x01
            pdf.write_bytes(bytes(b))
        rc = run_check(dst)
        caught += bool(rc)
        missed += not rc
        if not rc:
            print("MISSED", name)


def swap_bands(t):
    """Exchange the first two period bands' names (bands no longer in bell order)."""
    bands = [m for m in C.ABOVE["period"].finditer(t)]
    a, b = bands[0], bands[1]
    return t[: a.start(1)] + b.group(1) + t[a.end(1) : b.start(1)] + a.group(1) + t[b.end(1) :]


MUT = {
    "ardenwood-usd-ca-pd": swap_bands,
    "calder-springs-isd-tx-pd": lambda t: re.sub(
        r"^(\d{1,2} +)\d{7}( +CS25-)", r"\g<1>4999999\2", t, count=1, flags=re.M
    ),
    "morrow-vale-usd-or-school-police": lambda t: t.replace("Details: ", "Details: 09/15/2025 ", 1),
    "pinecastle-county-fl-so-youth-services": lambda t: re.sub(
        r"^ +Truancy sweep: [^\n]*\n", "", t, count=1, flags=re.M
    ),
    "larkmoor-ne-schools-attendance-enforcement": lambda t: re.sub(
        r"^( +)01( +\d\d:\d\d)", r"\g<1>09\2", t, count=1, flags=re.M
    ),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED layout", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
