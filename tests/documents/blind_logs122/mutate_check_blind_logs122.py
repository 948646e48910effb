"""Mutation runs for check_blind_logs122.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number listed as a record, a continuation page, supplement or void face sheet counted as a record,
a missing agency folder) run the real check on a copy in a temporary folder; trap mutations (two per
layout: a continuation page or sheet citing another report, a CAD number dropped, a property-count
changed, a property item numbered from another case, a supplement citing an unlisted report or a
changed supplement total, a sub-paragraph or item number changed, a void total changed or a void
sheet removed) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs122/mutate_check_blind_logs122.py
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
import check_blind_logs122 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "1 Nowhere Hall"


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
    s["reported_at"] = "09/30/2024 11:11"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_disp(g):
    g[-1]["sample_records"][1]["disposition"] = "Pending review"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_repeat(g):
    """List a record a second time (as if a continuation page, supplement or void sheet were one)."""
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (else a made-up neighbour of the first id) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else e["case_numbers"][0][:-1] + "9"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_disp, m_pages, m_dup,
        m_repeat, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs122.py"), "--dir", str(dst)],
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


def other_id(t, pat):
    """The last id matched by pat in t (to cite from another record's continuation)."""
    return re.findall(pat, t, re.M)[-1]


TRAP = {  # text mutations that break each layout's trap
    "brackwater-county-wa-so": lambda t: re.sub(
        r"^Report No\. 25-\d{6} \(continued\)",
        "Report No. " + other_id(t, r"^MAJOR INCIDENT REPORT +Report No\. (25-\d{6})$") + " (continued)",
        t, count=1, flags=re.M),
    "tollerton-il-pd": lambda t: re.sub(r"^Property items: (\d+)$",
                                        lambda m: f"Property items: {int(m.group(1)) + 1}", t, count=1, flags=re.M),
    "wendle-falls-nh-pd": lambda t: re.sub(r"^SUPPLEMENT (\d) TO OFFENSE REPORT 25-\d+-OF$",
                                           r"SUPPLEMENT \1 TO OFFENSE REPORT 25-9999-OF", t, count=1, flags=re.M),
    "oxley-county-ky-so": lambda t: re.sub(r"^( *)3\.3 ", r"\g<1>4.3 ", t, count=1, flags=re.M),
    "cinderford-tx-pd": lambda t: re.sub(r"Voided report numbers: (\d+)",
                                         lambda m: f"Voided report numbers: {int(m.group(1)) + 1}", t),
}
TRAP2 = {  # a second mutation of each trap
    "brackwater-county-wa-so": lambda t: re.sub(r"^CAD Event\(s\): 25-\d{6}", "CAD Event(s): 25-000000", t,
                                                count=1, flags=re.M),
    "tollerton-il-pd": lambda t: re.sub(r"^\d{4}-(\d\d +\d\d/\d\d/\d\d +\d{4} )", r"0000-\1", t, count=1, flags=re.M),
    "wendle-falls-nh-pd": lambda t: re.sub(r"supplemental reports: (\d+)\.",
                                           lambda m: f"supplemental reports: {int(m.group(1)) + 1}.", t),
    "oxley-county-ky-so": lambda t: re.sub(r"^7\. +([A-Z])", r"8.  \1", t, count=1, flags=re.M),
    "cinderford-tx-pd": lambda t: re.sub(r"^(2025-\d{6}) +(\d\d/\d\d/2025) +VOID$", r"\1   \2   ISSUED", t,
                                         count=1, flags=re.M),
}
TRAP3 = {  # continuation sheets citing another report
    "oxley-county-ky-so": lambda t: re.sub(r"^(\d+)\. \(continued\) - OCSO-2025-\d{4}$",
                                           r"\1. (continued) - OCSO-2025-0001", t, count=1, flags=re.M),
    "cinderford-tx-pd": lambda t: re.sub(r"^2025-\d{6}( +Sheet \d of \d)$", r"2025-000001\1", t, count=1,
                                         flags=re.M),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()) + list(TRAP3.items()):
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
