"""Mutation runs for check_blind_logs60.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
heading date, a missing agency folder, a PDF replaced by another agency's) run the real check
on a copy in a temporary folder; layout-trap mutations (a facility count, an id under the wrong
day heading, a Julian serial, an occurred time after the report, an item number skipped) are
applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs60/mutate_check_blind_logs60.py
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
import check_blind_logs60 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["disposition"] = "Nowhere Hall"


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
    s["reported_at"] = "01 JAN 2024 " + s["reported_at"].split()[-1]


def m_time(g):
    s = g[-1]["sample_records"][1]
    s["reported_at"] = (
        s["reported_at"][:-2] + ("59" if not s["reported_at"].endswith("59") else "58")
        if not s["reported_at"].endswith("L")
        else s["reported_at"][:-3] + "59L"
    )


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_invented(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_time, m_type, m_pages, m_dup, m_invented]


def check_copy(dst):
    cmd = [sys.executable, str(SRC / "check_blind_logs60.py"), "--dir", str(dst)]
    return subprocess.run(cmd, capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0


def tally(ok, what):
    global caught, missed
    caught += bool(ok)
    missed += not ok
    if not ok:
        print("MISSED", what)


for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            tally(check_copy(dst), f"{f} {m.__name__}")

with tempfile.TemporaryDirectory() as tmp:  # a folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    tally(check_copy(dst), "folder removed")

with tempfile.TemporaryDirectory() as tmp:  # one agency's PDF bytes replaced by another agency's
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    a = json.loads((dst / folders[0] / "groundtruth.json").read_text())[0]["file"]
    b = json.loads((dst / folders[1] / "groundtruth.json").read_text())[0]["file"]
    shutil.copy(dst / folders[1] / b, dst / folders[0] / a)
    tally(check_copy(dst), "PDF replaced")

MUT = {
    C.VA: lambda t: re.sub(r"^( *687A2 +)(\d+)$", lambda m: m.group(1) + str(int(m.group(2)) + 1), t, flags=re.M),
    C.SF: lambda t: re.sub(
        r"^([A-Z]+DAY \d\d NOV 2025 +\(JULIAN 25)(\d{3})\)$",
        lambda m: f"{m.group(1)}{int(m.group(2)) + 1})",
        t,
        count=1,
        flags=re.M,
    ),
    C.NP: lambda t: re.sub(r"^( +SACA-25\d{3}-)002", r"\g<1>005", t, count=1, flags=re.M),
    C.FC: lambda t: re.sub(
        r"^(HFC25-\d{5} +\d\d/\d\d/2025 +\d\d:\d\d +)(\d\d/\d\d/2025)", r"\g<1>12/31/2025", t, count=1, flags=re.M
    ),
    C.PM: lambda t: re.sub(r"^3( +\d{4})", r"4\1", t, count=1, flags=re.M),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    tally(C.check_layout(f, e["file"], t2, e, C.records(f, t2)), f"{f} layout trap")

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
