"""Mutation runs for check_blind_logs27.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a missing agency
folder) run the real check on a copy in a temporary folder; layout-trap mutations (a 'By the
numbers' count, entries that no longer break across columns, a lost headline, a lost photo
caption, a repeated day heading) are applied to the column text.
Run: python tests/documents/blind_logs27/mutate_check_blind_logs27.py
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
import check_blind_logs27 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "900 block of Nowhere Lane"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_when(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "11:59 " + s["reported_at"]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_last(g):
    g[-1]["case_numbers"].pop()
    g[-1]["record_count"] -= 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_when, m_type, m_pages, m_dup, m_last]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs27.py"), "--dir", str(dst)],
                          capture_output=True).returncode


for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst)
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            rc = run_check(dst)
            caught += bool(rc)
            missed += not rc
            if not rc:
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst)
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc


def join_breaks(cols):
    """Move each column's opening continuation back to the column before (no entry breaks)."""
    pat = C.IDS["oriel-springs-id-pd"][0]
    out = list(cols)
    for i in range(1, len(out)):
        m = pat.search(out[i])
        if m and out[i][:m.start()].strip():
            out[i - 1] += out[i][:m.start()]
            out[i] = out[i][m.start():]
    return out


MUT = {
    "crestline-or-pd": lambda cols: [re.sub(r"^( *Welfare Check )\d+$", r"\g<1>99", c, flags=re.M) for c in cols],
    "oriel-springs-id-pd": join_breaks,
    "marrow-point-wa-pd": lambda cols: [c.replace(" REPORTED ON ", " ON ", 1) for c in cols],
    "quillan-ferry-vt-pd": lambda cols: [re.sub(r"File photo No\. 2025-\d{4}:", "", c, count=1) for c in cols],
    "tolland-reach-ak-pd": lambda cols: [c + "\nSunday, Oct. 19, 2025\n" for c in cols],
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = SRC / f / e["file"]
    cols = C.column_texts(pdf, C.COLS[f], e["pages"])
    t = "\n".join(cols)
    assert not C.check_layout(f, e["file"], cols, e, C.records(f, t)), f
    cols2 = mut(cols)
    assert cols2 != cols, f
    out = C.check_layout(f, e["file"], cols2, e, C.records(f, "\n".join(cols2)))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
