"""Mutation runs for check_blind_logs134.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (CAD event, call-for-service, earlier case, property report; else a printed phone number)
listed as a record, a continued or repeated listing counted twice, a missing agency folder) run the
real check on a copy in a temporary folder; trap mutations (two per layout) are applied to the
`pdftotext` text and fed to the layout check.
Run: python tests/documents/blind_logs134/mutate_check_blind_logs134.py
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
import check_blind_logs134 as C  # noqa: E402


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
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "555-0142"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_repeat(g):
    """List a record a second time (as if a continued slide or repeated listing were a new record)."""
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs134.py"), "--dir", str(dst)],
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


def swap_side(t):
    """Swap the two incident numbers of the first side-by-side line of the layout text."""
    lines = t.split("\n")
    for i, ln in enumerate(lines):
        ids = re.findall(r"Incident #(TT25-\d{4})", ln)
        if len(ids) == 2:
            lines[i] = ln.replace(ids[0], "@@").replace(ids[1], ids[0]).replace("@@", ids[1])
            break
    return "\n".join(lines)


# (folder, which text ("layout" or "raw"), mutation)
TRAPS = [
    ("arden-falls-oh-pd", "layout", lambda t: re.sub(r"\(see AF25-\d{5}\)", "(see AF25-99999)", t, count=1)),
    ("arden-falls-oh-pd", "layout", lambda t: t.replace("Incident Listing (cont.)", "Incident Listing", 1)),
    ("wexmoor-wi-pd", "layout", lambda t: re.sub(r"^Case 25-\d{5} \(continued\)$", "Case 25-00001 (continued)",
                                                 t, count=1, flags=re.M)),
    ("wexmoor-wi-pd", "layout", lambda t: re.sub(r"^CAD Event \d{6}-\d{4}$", "", t, count=1, flags=re.M)),
    ("lorrin-county-ks-so", "layout", lambda t: re.sub(r"CFS (\d{6})$", "CFS 000000", t, count=1, flags=re.M)),
    ("lorrin-county-ks-so", "layout", lambda t: re.sub(r" {2,}CFS \d{6}$", "", t, count=1, flags=re.M)),
    ("calder-bay-me-pd", "layout", lambda t: re.sub(r"briefed on CB-25-\d{4}", "briefed on CB-25-0001", t, count=1)),
    ("calder-bay-me-pd", "layout", lambda t: re.sub(r"earlier case CB-24-\d{4}", "earlier case CB-24-0000", t, count=1)),
    ("tessary-township-pa-pd", "layout", swap_side),
    ("tessary-township-pa-pd", "raw", lambda t: re.sub(r"Property PR25-\d{4}", "Property PR25-0000", t, count=1)),
]
for f, which, mut in TRAPS:
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = str(SRC / f / e["file"])
    t = C.run(["pdftotext", "-layout", pdf, "-"]).replace("\f", "\n")
    raw = C.run(["pdftotext", "-raw", pdf, "-"]).replace("\f", "\n")
    src = raw if f in C.RAW else t
    assert not C.check_layout(f, e["file"], t, e, C.records(f, src), raw), f
    if which == "layout":
        t2, raw2 = mut(t), raw
        assert t2 != t, f
    else:
        t2, raw2 = t, mut(raw)
        assert raw2 != raw, f
    src2 = raw2 if f in C.RAW else t2
    out = C.check_layout(f, e["file"], t2, e, C.records(f, src2), raw2)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f, which)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
