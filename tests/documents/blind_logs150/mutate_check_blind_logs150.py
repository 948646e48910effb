"""Mutation runs for check_blind_logs150.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a non-record
number listed as a record, a record listed twice, a missing agency folder) run the real check on a
copy in a temporary folder; trap mutations (two per layout: a *CONT* row repeating another id, a
*CONT* row printed as a full row, a control number changed on one page, a daily total changed, a
supplement to a report not in the log, a continuation marker lost, an item number repeated, a voided
item pointing at the wrong item, a beat subtotal changed, a (CONTINUED) heading under another beat)
are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs150/mutate_check_blind_logs150.py
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
import check_blind_logs150 as C  # noqa: E402


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
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs150.py"), "--dir", str(dst)],
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
    # a *CONT* row that repeats another record's id
    "alder-falls-nh-pd": lambda t: re.sub(r"^(25-00\d{3})(\d)( +\*CONT\*)",
                                          lambda m: m.group(1) + str((int(m.group(2)) + 1) % 10) + m.group(3),
                                          t, count=1, flags=re.M),
    # the control number changed on one page only
    "birchmont-county-wy-so": lambda t: re.sub(r"(CONTROL NO 2025-00\d{4})(\d)$",
                                               lambda m: m.group(1) + str((int(m.group(2)) + 1) % 10),
                                               t, count=1, flags=re.M),
    # a supplement to a report that is not in the log
    "cobble-hill-vt-pd": lambda t: re.sub(r"TO RPT 25C\d{5}:", "TO RPT 25C00999:", t, count=1),
    # an item number repeated
    "dunwick-pa-pd": lambda t: re.sub(r"^ITEM 002(?= )", "ITEM 001", t, count=1, flags=re.M),
    # a beat subtotal changed
    "eastmarch-county-md-pd": bump(r"BEAT 01 SUBTOTAL \.+ (\d{6})", 1),
}
TRAP2 = {  # a second mutation of each trap
    # a *CONT* row printed as a full row: the id starts two records
    "alder-falls-nh-pd": lambda t: re.sub(r"\*CONT\*  ", "11/30/25   0000", t, count=1),
    # a daily total changed
    "birchmont-county-wy-so": bump(r"DAILY TOTAL \d\d/\d\d/25 \.+ (\d{3})", 1),
    # a continuation marker lost on the next page
    "cobble-hill-vt-pd": lambda t: t.replace("      -- CONTINUED FROM PREVIOUS PAGE --\n", "", 1),
    # a voided item pointing at the wrong item
    "dunwick-pa-pd": bump(r"DUPLICATE ENTRY OF ITEM (\d{3})", -1),
    # a (CONTINUED) heading under another beat
    "eastmarch-county-md-pd": lambda t: re.sub(r"BEAT (\d\d) \(CONTINUED\)",
                                               lambda m: f"BEAT {int(m.group(1)) + 1:02d} (CONTINUED)", t, count=1),
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
