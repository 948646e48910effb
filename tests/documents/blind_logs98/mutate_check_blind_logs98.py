"""Mutation runs for check_blind_logs98.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, a related number listed as an id, an id
listed as related, a wrong reported date, a sample that is not the middle record, the layout's own
non-record number listed as a record: a footer document number, a cited earlier case, a week's
document number, a booking number, the removed duplicate) and a removed agency folder run the real
check on a copy in a temporary folder; trap mutations (tab stops made uniform, broken ids rejoined,
a week's document number turned into an id, the pasted CAD page headers removed, a change-bar mark
dropped) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs98/mutate_check_blind_logs98.py
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
import check_blind_logs98 as C  # noqa: E402


def m_drop(g, f):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g, f):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g, f):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_sha(g, f):
    g[0]["sha256"] = "0" * 64


def m_rel(g, f):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g, f):
    g[0]["record_count"] += 1


def m_both(g, f):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g, f):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[-1]


def m_type(g, f):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g, f):
    g[0]["pages"] += 1


def m_dup(g, f):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_relid(g, f):
    """A related number (booking, citation, other agency's case) listed as a record."""
    e = next(x for x in g if x["related_numbers"])
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_middle(g, f):
    g[0]["sample_records"][1] = dict(g[0]["sample_records"][1], case_number=g[0]["case_numbers"][1])


NONREC = {  # a number each layout prints that is not a record
    "tollerby-oh-pd": lambda e: "TPD-LOG-2025-42",
    "marbleton-county-ky-so": lambda e: next(r["number"] for r in e["related_numbers"]
                                             if r["kind"] == "earlier_case_cited"),
    "wenlow-university-dps": lambda e: "WU-25-0033",
    "pennick-falls-nc-pd": lambda e: next(r["number"] for r in e["related_numbers"]
                                          if r["kind"] == "booking_number"),
    "eastholm-mn-pd": lambda e: "EH-2025-1142",
}


def m_nonrec(g, f):
    e = g[0]
    e["case_numbers"].insert(2, NONREC[f](e))
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_relid,
        m_middle, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs98.py"), "--dir", str(dst)],
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
            m(g, f)
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

TRAP = {  # text mutations that break each layout's trap
    "tollerby-oh-pd": lambda t: re.sub(r"^Case No\. .*$", "Case No.   Date   Time   Incident   Location   Disposition",
                                       t, flags=re.M),
    "marbleton-county-ky-so": lambda t: re.sub(r"(MC-(?:25-)?)\n *", r"\1", t),
    "wenlow-university-dps": lambda t: t.replace("Doc. WU-25-0033", "Doc. WU-25-0413"),
    "pennick-falls-nc-pd": lambda t: re.sub(r"^RUN DATE: .*PAGE +[2-9]\n", "", t, flags=re.M),
    "eastholm-mn-pd": lambda t: re.sub(r"^R2 ", "   ", t, count=1, flags=re.M),
}
for f, mut in TRAP.items():
    for e in json.loads((SRC / f / "groundtruth.json").read_text()):
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        recs = C.records(f, C.view(f, t))
        assert not C.check_layout(f, e["file"], t, e, recs), f
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, C.view(f, t2)))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, e["file"])

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
