"""Mutation runs for check_blind_logs162.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (a district case, referral or lead-agency number) listed as a record, a record listed twice, a
missing agency folder) run the real check on a copy in a temporary folder; trap mutations (two per
layout: a period cell the bell-schedule legend does not explain, the legend left off a page; a juvenile
block given a type, a juvenile block without its withheld legend; a district case number replaced by its
paragraph's police case, a district case called a police case; part B numbered on from part A, a lead
agency's case number changed; the second row of a multi-student incident given another case, one
student's row dropped) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs162/mutate_check_blind_logs162.py
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
import check_blind_logs162 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    next(s for s in g[0]["sample_records"][::-1] if "location" in s)["location"] = "Nowhere Hall"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at" if "reported_at" in s else "occurred_at"] = "September 30, 1999 11:11"


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
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs162.py"), "--dir", str(dst)],
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


def renumber_b(t):
    """The first paragraph of part B numbered on from part A."""
    a = int(re.search(r"Part A total: (\d+)", t).group(1))
    head = t.index("B.  OFF-CAMPUS") if "B.  OFF-CAMPUS" in t else re.search(r"(?m)^ *B\. +OFF-CAMPUS", t).start()
    return t[:head] + re.sub(r"(?m)^( *)1\.", rf"\g<1>{a + 1}.", t[head:], count=1)


def drop_second_row(t):
    """One row of a multi-student incident removed from the register."""
    lines = re.findall(r"(?m)^ *RF25-\d{5} .*\n", t)
    for a, b in zip(lines, lines[1:]):
        ca, cb = C.CASE5.findall(a), C.CASE5.findall(b)
        if ca and ca == cb:
            return t.replace(b, "", 1)
    return t


def second_row_case(t):
    """The police case on the second row of a multi-student incident changed."""
    lines = re.findall(r"(?m)^ *RF25-\d{5} .*\n", t)
    for a, b in zip(lines, lines[1:]):
        ca, cb = C.CASE5.findall(a), C.CASE5.findall(b)
        if ca and ca == cb:
            return t.replace(b, b.replace(cb[0], "25-999999"), 1)
    return t


TRAP = {  # text mutations that break each layout's trap
    # a period cell that the bell-schedule legend does not explain
    C.LARK: lambda t: re.sub(r"(?m)^( *LU25-\d{5} +\S+ \S+ +\d\d/\d\d/\d{4} )P\d", r"\1P9", t, count=1),
    # a juvenile block given a type
    C.COBB: lambda t: t.replace("DETAILS WITHHELD (confidential juvenile record, O.C.G.A. 15-11-700)",
                                "DETAILS WITHHELD   Type: Assault - simple", 1),
    # a district case number replaced by its own paragraph's police case
    C.BRIGHT: lambda t: re.sub(r"District case 25-\d{5}( was opened by [^;]*? took police case )(25-\d{5})",
                               r"District case \2\1\2", t, count=1, flags=re.S),
    # part B numbered on from part A
    C.DUN: renumber_b,
    # a multi-student incident's second row given another case
    C.ASH: second_row_case,
}


TRAP2 = {  # a second mutation of each trap
    # the bell-schedule legend left off a page
    C.LARK: lambda t: re.sub(r"(?m)^ *Bell schedule \(secondary campuses\):.*\n", "\n", t, count=1),
    # a juvenile block printed without its withheld legend
    C.COBB: lambda t: t.replace("JUVENILE - DETAILS WITHHELD", "JUVENILE", 1),
    # a district-first paragraph whose district case is called a police case
    C.BRIGHT: lambda t: t.replace("District case", "Police case", 1),
    # a lead agency's case number changed
    C.DUN: lambda t: re.sub(r"case (\S+) \(lead agency\)", "case ZZ-000001 (lead agency)", t, count=1),
    # one student's row of a multi-student incident dropped
    C.ASH: drop_second_row,
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
