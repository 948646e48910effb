"""Mutation runs for check_blind_logs72.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
date, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations (a summary count, a classification, an id moved out of the ledger margin,
an injury total, records put in time order) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs16/mutate_check_blind_logs72.py
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
import check_blind_logs72 as C  # noqa: E402


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
    s = g[0]["sample_records"][2]
    s["reported_at"] = "10/01/2025 " + s["reported_at"].split()[-1]


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
                [sys.executable, str(SRC / "check_blind_logs72.py"), "--dir", str(dst)], capture_output=True
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
        [sys.executable, str(SRC / "check_blind_logs72.py"), "--dir", str(dst)], capture_output=True
    ).returncode
    caught += bool(rc)
    missed += not rc

MUT = {
    "harlow-vale-or-pd": lambda t: re.sub(r" OPEN\n( +Case )", r" CLOSED\n\1", t, count=1),
    "quenmoor-county-wy-so": lambda t: re.sub(
        r"^( +\S+ +)(\d\d:\d\d +Unit dispatched)", r"\g<1>11/03/2025 \2", t, count=1, flags=re.M
    ),
    "osterly-harbor-wa-pd": lambda t: t.replace("Map data (c) Osterly GIS", "", 1),
    "brackwater-township-mi-pd": None,
    "ravelin-university-nm-pd": lambda t: re.sub(
        r" - (\d+) posts$", lambda m: f" - {int(m.group(1)) + 1} posts", t, count=1, flags=re.M
    ),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    recs = C.records(f, t)
    assert not C.check_layout(f, e["file"], t, e, recs), f
    # a status tile count changed: the tiles no longer add up
    t_tile = re.sub(r"(ARREST\n\s*)(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), t, count=1)
    for t2, recs2 in ((t_tile, C.records(f, t_tile)),):
        out = C.check_layout(f, e["file"], t2, e, recs2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED tile", f)
    if mut:
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    else:
        recs2 = sorted(
            recs,
            key=lambda r: datetime.datetime.strptime(
                re.search(r"\d\d/\d\d/2025 \d\d:\d\d", r[1]).group(0), "%m/%d/%Y %H:%M"
            ),
        )
        t2 = "".join(r[1] for r in recs2)
        t2 = t[: recs[0][2]] + t2
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
