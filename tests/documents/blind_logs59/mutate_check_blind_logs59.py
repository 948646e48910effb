"""Mutation runs for check_blind_logs59.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong date, a
missing agency folder) run the real check on a copy in a temporary folder; layout-trap mutations
(a row without tab leaders or with the id moved, an offence bullet lost, box labels all in one
order, an entry no longer split, a follow-up citing another case) are applied to the text.
Run: python tests/documents/blind_logs59/mutate_check_blind_logs59.py
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
import check_blind_logs59 as C  # noqa: E402


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
    v = s["reported_at"]  # a wrong year, or a wrong day where the log prints no year
    s["reported_at"] = v.replace("2025", "2024") if "2025" in v else re.sub(r"\d+", "0", v, count=1)


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_disp(g):
    g[-1]["sample_records"][1]["disposition"] = "Exceptionally cleared"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_sample(g):
    g[0]["sample_records"][1]["case_number"] = g[0]["case_numbers"][1]


def m_agency(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_disp, m_pages, m_dup,
        m_sample, m_agency]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs59.py"), "--dir", str(dst)],
                          capture_output=True).returncode


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
with tempfile.TemporaryDirectory() as tmp:  # a missing agency folder
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED missing folder")

MUT = {
    "harlow-creek-ks-pd": lambda t: re.sub(r"^(\d\d/\d\d/2025) \.+ ", r"\1      ", t, count=1, flags=re.M)
    .replace(" .....   ", "         ", 3),
    "pell-ferry-me-pd": lambda t: t.replace("\u2022 Theft", "  Theft", 1),
    "wrenfield-vt-pd": lambda t: re.sub(r"^( *)Date/Time:", r"\1When:", t, flags=re.M),
    "ostrander-mn-pd": lambda t: t.replace("The Ostrander Crier", "The Ostrander Newsletter"),
    "bexley-mills-nc-pd": lambda t: re.sub(r"Follow-up on Case 25-(\d)", r"Follow-up on Case 26-\1", t, count=1),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    e["_path"] = SRC / f / e["file"]
    t = C.text_of(f, e["_path"])
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
