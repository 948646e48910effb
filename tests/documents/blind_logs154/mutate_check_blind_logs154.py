"""Mutation runs for check_blind_logs154.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (CAD event, CAD or earlier incident number) listed as a record, a record listed twice, a
missing agency folder) run the real check on a copy in a temporary folder; trap mutations (two per
layout: a late call's CAD number given the incident number's day, the next-day total changed; a
date-change banner's next serial changed, a banner's new day changed; a returned report naming an
incident not logged before it, an incident entry's day stamp changed; an item number repeated under
a Julian-day heading, a heading's incident count changed; a correction pointing at another message,
the closing correction total changed) are applied to the `pdftotext -layout` text and fed to the
layout check.
Run: python tests/documents/blind_logs154/mutate_check_blind_logs154.py
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
import check_blind_logs154 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "cad", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "cad", "number": g[0]["case_numbers"][0]}
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
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs154.py"), "--dir", str(dst)],
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


def late_cad_next_day(t):
    """A call numbered on the next Julian day gets a CAD number of that next day too."""
    m = next(m for m in re.finditer(r"(?m)^ *(\d{5})(-\d{4} +)(\d{5}) +\d{4} +(\d{5})-\d{4} ", t)
             if m.group(4) != m.group(3))
    return t[:m.start(1)] + m.group(4) + t[m.end(1):]


TRAP = {  # text mutations that break each layout's trap
    "varrow-creek-mt-pd": late_cad_next_day,
    # a date-change banner's next serial changed
    "ostrander-county-wy-so": lambda t: re.sub(r"(NEXT SERIAL 2025-\d{3}-)001", r"\g<1>002", t, count=1),
    # a returned report naming an incident not logged before it
    "quillfield-nh-pd": lambda t: re.sub(r"(Report for incident 25-\d{3}-)\d{3}", r"\g<1>099", t, count=1),
    # an item number repeated under a Julian-day heading
    "hallam-springs-nm-pd": lambda t: re.sub(r"(?m)^( *)2\.(?= +J\d{3}-)", r"\g<1>1.", t, count=1),
    # a correction pointing at another message
    "dunmarrow-harbor-me-pd": bump(r"CORR MSG (\d{4})", -1),
}


def banner_day(t):
    """A banner's new day changed (the serial it names stays)."""
    return re.sub(r"(\*\*\* JULIAN DATE CHANGE 2025-\d{3} TO 2025-)(\d{3})",
                  lambda m: m.group(1) + f"{int(m.group(2)) + 1:03d}", t, count=1)


def stamp_day(t):
    """An incident entry's day stamp moved to the next day."""
    return re.sub(r"(?m)^( *)(\d{3})(/\d{4} +Incident )", lambda m: m.group(1) + f"{int(m.group(2)) + 1:03d}"
                  + m.group(3), t, count=1)


TRAP2 = {  # a second mutation of each trap
    # the next-day total changed
    "varrow-creek-mt-pd": bump(r"Numbered on the next Julian day: (\d+)", 1),
    "ostrander-county-wy-so": banner_day,
    "quillfield-nh-pd": stamp_day,
    # a heading's incident count changed
    "hallam-springs-nm-pd": bump(r"\u2014 (\d+) incidents", 1),
    # the closing correction total changed
    "dunmarrow-harbor-me-pd": bump(r"INCIDENTS, (\d+) CORRECTIONS", 1),
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
