"""Mutation runs for check_blind_logs65.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
sample type, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations (a pivot subtotal, a chart value label, a pager range, a panel's
'Incident ID' label, a heat-map cell) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs65/mutate_check_blind_logs65.py
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
import check_blind_logs65 as C  # noqa: E402


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
    s = g[-1]["sample_records"][0]
    s["type"] = "ARSON" if s["type"].isupper() else "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_middle_type(g):  # a neighbour's type for the middle sample
    s = g[0]["sample_records"][1]
    s["type"] = next(x["type"] for x in g[0]["sample_records"] if x["type"] != s["type"])


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs65.py"), "--dir", str(dst)], capture_output=True
    ).returncode


for f in folders:
    for m in MUTS + [m_middle_type]:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            try:
                m(g)
            except StopIteration:
                continue  # all three samples share a type: nothing to swap
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # remove a folder
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc

MUT = {
    "brackenridge-hollow-oh-pd": lambda t: re.sub(r"^( +Theft Total +)(\d+)$", lambda m: m.group(1) + "9", t,
                                                  count=1, flags=re.M),
    "caddo-wells-tx-pd": lambda t: re.sub(r"^( +ASSAULT +)(\d+)$", lambda m: m.group(1) + "99", t, count=1,
                                          flags=re.M),
    "lindon-marsh-county-ia-so": lambda t: t.replace("Showing 26-50 of", "Showing 26-49 of", 1),
    "tessaway-university-ri-pd": lambda t: re.sub(r"(Incident ID +)TU-25-\d{4}", r"\1TU-25-0000", t, count=1),
    "morrow-gap-nc-pd": lambda t: re.sub(r"^(Mon \d+/\d+ +)(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), t,
                                         count=1, flags=re.M),
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
        print("MISSED", f)
# an id moved to the end of its row's first line in the paged grid
f = "lindon-marsh-county-ia-so"
e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
t2 = re.sub(r"^( *\d\d/\d\d/2025 \d\d:\d\d +\S[^\n]*)\n( +Case )(LM25-\d{6})", r"\1 \3\n\2\3", t, count=1, flags=re.M)
out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
caught += bool(out)
missed += not out

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
