"""Mutation runs for check_blind_logs71.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
date rebuilt from a heading, an agency not marked invented, a missing agency folder) run the
real check on a copy in a temporary folder; text mutations (a changed per-agency subtotal, and
one change per layout's trap: a date printed on a row, an agency column, a call-number band
dropped, an admin line removed and an id moved out of its paragraph, an hour count changed) are
applied to the `pdftotext -layout` text. Run:
    python tests/documents/blind_logs71/mutate_check_blind_logs71.py
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
import check_blind_logs71 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "900 Nowhere Rd"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "C9999999"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "other_agency_case", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "11/01/2025 " + s["reported_at"].split()[-1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_invented(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_invented]
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
                [sys.executable, str(SRC / "check_blind_logs71.py"), "--dir", str(dst)], capture_output=True
            ).returncode
            if rc:
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # remove a folder
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs71.py"), "--dir", str(dst)], capture_output=True
    ).returncode
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def bump_subtotal(t):
    """Add one to the first per-agency subtotal after the last record."""
    i = max(t.rfind("END OF LOG"), t.rfind("SUBTOTALS"), t.rfind("Subtotal by agency"), t.rfind("Blocks by agency"))
    pat = C.SUBTOTAL_CO if "END OF LOG" in t else C.SUBTOTAL
    m = pat.search(t, i)
    return t[:m.start(2)] + str(int(m.group(2)) + 1) + t[m.end(2):]


TRAP = {
    "tamaroa-county-ecc-ok": lambda t: re.sub(r"^( *)(\d\d:\d\d +TCSO)", r"\g<1>11/03/2025 \2", t, count=1, flags=re.M),
    "sheldrake-county-911-wa": lambda t: re.sub(r"^( *)Received", r"\1Agency", t, count=1, flags=re.M),
    "marrowby-county-joint-dispatch-mn": lambda t: re.sub(r"^ *CFS 25-\d{6} +", " ", t, count=1, flags=re.M),
    "coyote-breaks-county-dispatch-sd": lambda t: re.sub(r"Case (\S+)\. Disposition:", r"Disposition: Case \1.", t,
                                                          count=1),
    "antelope-draw-county-ecc-ne": lambda t: re.sub(r"calls this hour: (\d+)",
                                                    lambda m: f"calls this hour: {int(m.group(1)) + 1}", t, count=1),
}
for f in folders:
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    assert not C.check_subtotals(f, e["file"], t, e), f
    for name, mut, fn in (("trap", TRAP[f], C.check_layout), ("subtotal", bump_subtotal, None)):
        t2 = mut(t)
        assert t2 != t, (f, name)
        out = (C.check_layout(f, e["file"], t2, e, C.records(f, t2)) if fn else C.check_subtotals(f, e["file"], t2, e))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED", f, name)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
