"""Mutation runs for check_blind_logs159.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (prior case, transport or earlier incident number) listed as a record, the number of one of
the day's other activities (civil process, transport, court security, warrant, property release)
listed as a record, a record listed twice, a missing agency folder) run the real check on a copy in a
temporary folder; trap mutations (two per layout: a civil-process row's number given a shape of its
own, the closing tally's civil-process count changed; an incident reference changed to a number that
is no earlier incident, an incident reference put inside an incident block; an evidence item number
printed without its item suffix, an item number put inside an incident paragraph; an item number
repeated, the closing count of entries changed to the count of incidents; an other column's number
given a series prefix, the property column's total changed) are applied to the `pdftotext -layout`
text and fed to the layout check.
Run: python tests/documents/blind_logs159/mutate_check_blind_logs159.py
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
import check_blind_logs159 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]}
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


CUR = {}


def m_other(g):
    """List the number of one of the day's other activities (no incident) as a record."""
    e = g[0]
    t = C.run(["pdftotext", "-layout", str(SRC / CUR["folder"] / e["file"]), "-"])
    num = next(x.group(0) for num, text, _, m in C.blocks(CUR["folder"], t) if not num and m.group("num")
               for x in [re.search(r"(?<![\w-])(?:[A-Z]{1,2}-(?:25-)?\d{4}|25-\d{4,5})(?![\w-])", text)] if x)
    e["case_numbers"].insert(3, num)
    e["record_count"] += 1


MUTS = [m_other, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs159.py"), "--dir", str(dst)],
                          capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    CUR["folder"] = f
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
    # a civil-process row's number printed in a shape of its own
    "harrowgate-county-ks-so": lambda t: re.sub(r"(?m)^( *)25-0(\d{4})(?= +CPS )", r"\1CP-\2", t, count=1),
    # a block's incident reference changed to a number that is no earlier incident of the log
    "quillfield-nh-pd": lambda t: re.sub(r"INCIDENT REF\.: 2025-\d{5}", "INCIDENT REF.: 2025-09999", t, count=1),
    # an evidence item number printed without its item suffix
    "ambry-hollow-me-pd": lambda t: re.sub(r"(evidence item 25-\d{4})-\d\d", r"\1", t, count=1),
    # an item number repeated
    "carrow-mill-wi-pd": lambda t: re.sub(r"(?m)^( *)2\.(?= +\S)", r"\g<1>1.", t, count=1),
    # a civil-process entry's number printed with a series prefix
    "penwarden-county-or-so": lambda t: re.sub(r"(?m)^( *\d\d/\d\d \d\d:\d\d {21,})25-(\d{4})", r"\1CV-\2", t,
                                               count=1),
}


TRAP2 = {  # a second mutation of each trap
    # the closing tally's civil-process count changed
    "harrowgate-county-ks-so": bump(r"\| CPS (\d+) \|", 1),
    # an incident reference put inside an incident block
    "quillfield-nh-pd": lambda t: re.sub(r"(?m)^( *)NATURE: ", r"\1INCIDENT REF.: 2025-01000\n\1NATURE: ", t,
                                         count=1),
    # an evidence item number put inside an incident paragraph
    "ambry-hollow-me-pd": lambda t: re.sub(r" Disposition: ", " Evidence item 25-3001-01 kept. Disposition: ", t,
                                           count=1),
    # the closing line's count of entries changed to the count of incidents
    "carrow-mill-wi-pd": lambda t: re.sub(r"Entries 1-\d+ in this log; incidents: (\d+)\.",
                                          r"Entries 1-\1 in this log; incidents: \1.", t, count=1),
    # the property column's total changed
    "penwarden-county-or-so": bump(r"property (\d+) - \d+ entries", 1),
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
