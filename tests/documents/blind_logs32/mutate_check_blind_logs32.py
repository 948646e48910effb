"""Mutation runs for check_blind_logs32.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
a date one day early (the night-shift and calendar traps), sha256, page count or record count, an
unprinted related number, an id listed as related, a missing agency folder) run the real check on a
copy in a temporary folder; layout-trap mutations (a UTC time, a shift total, one label order for
every block, column titles moved to the top of a page, a calendar printed column after column) are
applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs32/mutate_check_blind_logs32.py
"""

import datetime
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs32 as C  # noqa: E402


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


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "10/01/2025 " + s["reported_at"].split()[-1]


def m_prevday(g):
    s = g[-1]["sample_records"][2]
    date, time = s["reported_at"].split()
    prev = datetime.datetime.strptime(date, "%m/%d/%Y") - datetime.timedelta(days=1)
    s["reported_at"] = f"{prev:%m/%d/%Y} {time}"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_prevday, m_type, m_pages, m_dup]


def run_check(dst):
    cmd = [sys.executable, str(SRC / "check_blind_logs32.py"), "--dir", str(dst)]
    return subprocess.run(cmd, capture_output=True).returncode


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
with tempfile.TemporaryDirectory() as tmp:  # a missing agency folder
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED removed folder")


def utc_off(t):
    return re.sub(r"(\d\d/\d\d) (\d\d):(\d\d)Z", lambda m: f"{m.group(1)} {(int(m.group(2)) + 1) % 24:02d}:{m.group(3)}Z",
                  t, count=1)


def shift_total(t):
    return re.sub(r"Shift total: (\d+)", lambda m: f"Shift total: {int(m.group(1)) + 1}", t, count=1)


def key_on_top(t):
    pages = t.split("\f")
    key = re.search(r"^Log No\. .*$", pages[0], re.M).group(0)
    body = pages[0].replace(key, "")
    lines = body.split("\n")
    pages[0] = "\n".join(lines[:3] + [key] + lines[3:])
    return "\f".join(pages)


def trap(f, e, pdf):
    """(text, records, whole) after the layout-trap mutation of folder f."""
    whole = C.run(["pdftotext", "-layout", str(pdf), "-"])
    t = C.calendar_text(pdf, e["pages"]) + "\n" + whole[whole.rfind("Week total"):] if f == C.CAL else whole
    recs = C.records(f, t)
    assert not C.check_layout(f, e["file"], t, e, recs, whole), f
    if f == C.AIR:
        t = utc_off(t)
    elif f == C.HOSP:
        t = shift_total(t)
    elif f == C.HOUS:
        recs = [recs[0]] * len(recs)
    elif f == C.COURT:
        t = key_on_top(t)
    elif f == C.CAL:
        whole = t
    return t, recs, whole


for f in folders:
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t, recs, whole = trap(f, e, SRC / f / e["file"])
    out = C.check_layout(f, e["file"], t, e, recs, whole)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
