"""Mutation runs for check_blind_logs56.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a missing agency
folder) run the real check on a copy in a temporary folder; layout-trap mutations (a unit total,
a visit total, a lost Result line, an id in a follow-up line, an id moved onto a record's first line)
are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs56/mutate_check_blind_logs56.py
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
import check_blind_logs56 as C  # noqa: E402


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


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_when(g):
    g[-1]["sample_records"][2]["reported_at"] = "01/01/2024 00:00"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_type, m_when, m_pages, m_dup]


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs56.py"), "--dir", str(dst)], capture_output=True
    ).returncode


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
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED removed folder")

MUT = {
    "bramwell-oh-pd-animal-control": lambda t: re.sub(
        r"Unit responses: (\d+)", lambda m: f"Unit responses: {int(m.group(1)) + 1}", t
    ),
    "harlan-springs-mt-pd-code": lambda t: re.sub(
        r"Site visits: (\d+)", lambda m: f"Site visits: {int(m.group(1)) - 1}", t
    ),
    "quenby-nc-pd-cso": lambda t: re.sub(r"^( +)Result: ", r"\1Outcome: ", t, count=1, flags=re.M),
    "ostrander-wi-pd-animal-services": lambda t: re.sub(r"(- follow-up visit \d+: )", r"\g<1>see 0001-25 ", t, count=1),
    "wyndholt-nv-pd-nsu": lambda t: re.sub(r"^(\d\d/\d\d/2025 \d\d:\d\d .*)$", r"\1  N099999", t, count=1, flags=re.M),
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

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
