"""Mutation runs for check_blind_logs34.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
reported date, a wrong type, a missing agency folder) run the real check on a copy in a
temporary folder; layout-trap mutations (an RD that no longer matches its URN, a statutory label
reworded, a Clery log number out of sequence, a CAD event number out of order, an outline
subtotal changed) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs34/mutate_check_blind_logs34.py
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
import check_blind_logs34 as C  # noqa: E402


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
    s["reported_at"] = "01/01/2024 " + s["reported_at"].split()[-1]


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


def check_copy(dst):
    cmd = [sys.executable, str(SRC / "check_blind_logs34.py"), "--dir", str(dst)]
    return subprocess.run(cmd, capture_output=True).returncode


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
            if check_copy(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # a whole agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = check_copy(dst)
    caught += bool(rc)
    missed += not rc

MUT = {
    "mesquite-hollow-county-ca-so-arroyo-seco": lambda t: re.sub(
        r"^(025-\d{5}-21\d\d-\d{3} +\S+ \S+ +)21\d\d", r"\g<1>2199", t, count=1, flags=re.M),
    "paloma-verde-ca-pd": lambda t: t.replace("(6) Time and nature of the response", "(6) Response", 1),
    "rincon-mesa-state-university-ca-pd": lambda t: re.sub(r"CL-(\d\d)-002", r"CL-\1-005", t, count=1),
    "bahia-azul-mtd-ca-police": lambda t: re.sub(r"^EVT (\d{6})-\d{4}", r"EVT \1-9999", t, count=1, flags=re.M),
    "los-olivares-ca-sheriff-contract": lambda t: re.sub(
        r"(\d+) reported$", lambda m: f"{int(m.group(1)) + 1} reported", t, count=1, flags=re.M),
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
        print("MISSED trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
