"""Mutation runs for check_blind_logs66.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
heading date, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations (a relay sub-line dropped, a tide box no longer beside the entries, a METAR
line turned into an occurrence, the journal's records put in file-number order, a message count that equals the
case count) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs66/mutate_check_blind_logs66.py
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
import check_blind_logs66 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Float"


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
    date, _, time = s["reported_at"].partition(" ")
    s["reported_at"] = date[:3] + ("02" if date[3:5] != "02" else "03") + date[5:] + " " + time


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup]
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
                [sys.executable, str(SRC / "check_blind_logs66.py"), "--dir", str(dst)], capture_output=True
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
        [sys.executable, str(SRC / "check_blind_logs66.py"), "--dir", str(dst)], capture_output=True
    ).returncode
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removal")


MUT = {
    "tanaqaq-borough-ak-pd": lambda t: re.sub(r"^ +> RADIO RELAY via .*\n", "", t, count=1, flags=re.M),
    "kelvik-narrows-ak-ferry-terminal-security": lambda t: re.sub(
        r"^( *(?:HIGH|LOW) +\d\d:\d\d +\S+ ft) +(\d\d:\d\d +KN-25-)", r"\1\n\2", t, flags=re.M),
    "ulaksik-harbor-ak-seaplane-base": lambda t: re.sub(
        r"^( *)METAR PUHX (\d{6}Z)", r"\1METAR PUHX SPB-25-9999 \2", t, count=1, flags=re.M),
    "aqsalik-river-ak-vpso": None,
    "ferrisund-island-county-wa-so-marine": lambda t: re.sub(
        r"messages \d+, cases opened: (\d+)", r"messages \1, cases opened: \1", t),
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
    else:  # the journal's records put back in file-number order, as if nothing was logged late
        out = C.check_layout(f, e["file"], t, e, sorted(recs, key=lambda r: r[0]))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
