"""Mutation runs for check_blind_logs55.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
heading date, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations (an empty day dropped, a label order changed, an id moved to open a line,
a daily entry count, the offence total, a browser footer removed) are applied to the
`pdftotext -layout` text.
Run: python tests/documents/blind_logs55/mutate_check_blind_logs55.py
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
import check_blind_logs55 as C  # noqa: E402


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


def m_disp(g):
    g[-1]["sample_records"][2]["disposition"] = "Arson Unit"


def m_when(g):
    s = g[-1]["sample_records"][0]
    s["reported_at"] = s["reported_at"].replace("2025", "2024").replace(":", ";")


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_disp, m_when, m_pages, m_dup]
CHECK = [sys.executable, str(SRC / "check_blind_logs55.py"), "--dir"]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst)
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            if subprocess.run(CHECK + [str(dst)], capture_output=True).returncode:
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst)
    shutil.rmtree(dst / folders[0])
    rc = subprocess.run(CHECK + [str(dst)], capture_output=True).returncode
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED missing folder")

MUT = {
    "harwick-college-vt-dps": lambda t: re.sub(r"Offenses listed: \d+", "Offenses listed: 3", t),
    "st-brendan-medical-center-ma-police": lambda t: t.replace("No incidents reported", ""),
    "quinnipoint-university-ct-pd": lambda t: t.replace("Offense(s):", "Offences:", 1),
    "mercy-ridge-medical-center-nh-ps": lambda t: re.sub(
        r"^ +(\d\d:\d\d hrs - Incident )(MR-\d{5})", r"\2 \1", t, count=1, flags=re.M
    ),
    "ossipee-valley-state-college-me-pd": lambda t: re.sub(
        r"\((\d+) entries\)", lambda m: f"({int(m.group(1)) + 1} entries)", t, count=1
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

# a page printed without its browser footer: the full check must fail on that text
f = folders[0]
e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
t2 = re.sub(r"^ *https://\S+ +Page 1 of \d+$", "", t, flags=re.M)
foot = re.findall(rf"^ *https://\S+ +Page (\d+) of {e['pages']}$", t2, re.M)
bad = foot != [str(i) for i in range(1, e["pages"] + 1)]
caught += bad
missed += not bad

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
