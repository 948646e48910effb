"""Mutation runs for check_blind_logs63.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
heading date, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations (a withholding-index Bates page, a comment's cell address, a slip-sheet
count, withheld placeholder pages removed, control numbers out of order) are applied to the
`pdftotext -layout` text of every PDF.
Run: python tests/documents/blind_logs63/mutate_check_blind_logs63.py
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
import check_blind_logs63 as C  # noqa: E402


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
    date, _, rest = s["reported_at"].partition(" ")
    s["reported_at"] = ("10/01/2025 " if date != "10/01/2025" else "10/02/2025 ") + rest


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir())
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
            rc = subprocess.run(
                [sys.executable, str(SRC / "check_blind_logs63.py"), "--dir", str(dst)], capture_output=True
            ).returncode
            if rc:
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
# remove a folder
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst)
    shutil.rmtree(dst / folders[0])
    rc = subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs63.py"), "--dir", str(dst)], capture_output=True
    ).returncode
    caught += bool(rc)
    missed += not rc

MUT = {
    "halvergate-cove-ca-pd": lambda t: re.sub(
        r"^(1\. +HC25-\d{5} +HCPD-PRA )(\d{6})", lambda m: f"{m.group(1)}{int(m.group(2)) + 1:06d}", t, flags=re.M
    ),
    "tarnby-wells-ca-pd": lambda t: re.sub(r"Cell: B(\d+)\n", lambda m: f"Cell: B{int(m.group(1)) + 2}\n", t, count=1),
    "oriel-bay-ca-harbor-police": lambda t: re.sub(
        r"(\d+) incident printouts follow", lambda m: f"{int(m.group(1)) + 1} incident printouts follow", t, count=1
    ),
    "cresthaven-ca-pd": lambda t: t.replace("PAGE WITHHELD IN FULL", "PAGE RELEASED"),
    "mirada-springs-ca-pd": lambda t: t.replace("\nPRA-0412-0002 ", "\nPRA-0412-0009 ", 1),
}
for f, mut in MUT.items():
    for e in json.loads((SRC / f / "groundtruth.json").read_text()):
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        recs = C.records(f, t)
        assert not C.check_layout(f, e["file"], t, e, recs), f
        t2 = mut(t)
        assert t2 != t, (f, e["file"])
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED", f, e["file"])

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
