"""Mutation runs for check_blind_logs73.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
reported date, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations (a lost "Read more" line, a post out of newest-first order, a lost
"Updated" stamp, a lost sidebar, results put in id order) are
applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs73/mutate_check_blind_logs73.py
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
import check_blind_logs73 as C  # noqa: E402


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


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_agency(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_agency]
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
            rc = subprocess.run(
                [sys.executable, str(SRC / "check_blind_logs73.py"), "--dir", str(dst)], capture_output=True
            ).returncode
            if rc:
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
# remove a folder
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs73.py"), "--dir", str(dst)], capture_output=True
    ).returncode
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED removed folder")

MUT = {
    "harwick-falls-oh-pd": lambda t: t.replace("Read more \u00bb", "", 1),
    "brannock-city-ks-pd": lambda t: re.sub(r"Posted October (\d+)", "Posted October 1", t, count=1),
    "ostrander-heights-nv-pd": lambda t: t.replace("Updated ", "", 1),
    "penwell-junction-sc-pd": lambda t: t.replace("QUICK LINKS", "", 1),
    "quillan-bay-or-pd": None,
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    recs = C.records(f, t)
    assert not C.check_layout(f, e["file"], t, e, recs), f
    if mut:
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    else:
        recs2 = sorted(recs, key=lambda r: r[0])
        out = C.check_layout(f, e["file"], t, e, recs2)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
