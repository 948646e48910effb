"""Mutation runs for check_blind_logs36.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
date, a missing agency folder) run the real check on a copy in a temporary folder;
layout-trap mutations (the switch banner moved, the TOTAL row taken out of the grid, an officer's
last label changed, the errand lines numbered, the subtotal changed) are applied to the
`pdftotext -layout` text.
Run: python tests/documents/blind_logs36/mutate_check_blind_logs36.py
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
import check_blind_logs36 as C  # noqa: E402


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
    s["reported_at"] = s["reported_at"].replace("/", "/0", 1).replace("-1", "-0", 1) + "9"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_disp(g):
    g[0]["sample_records"][2]["disposition"] = "Arrest made"


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_disp]


def check_rc(folder):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs36.py"), "--dir", str(folder)], capture_output=True
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
            if check_rc(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # a removed agency folder
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = check_rc(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED removed folder")

MUT = {  # one text mutation per layout trap
    "brisk-hollow-mt-town-marshal": lambda t: re.sub(
        r"New system incidents: (\d+)", lambda m: f"New system incidents: {int(m.group(1)) + 1}", t
    ),
    "cobbler-gap-ky-pd": lambda t: re.sub(r"^(\| *TOTAL[^\n]*\n(?:\|[^\n]*\n)*)\+=+\+", r"\1", t, flags=re.M),
    "ferny-brook-nh-pd": lambda t: re.sub(r"^DISPO: ", "DISP: ", t, count=1, flags=re.M),
    "quill-bottom-ia-pd": lambda t: re.sub(
        r"^(\d{4}) +(Court in|Fueled|Car 1|School|Council|Bank|Radio|Funeral)", r"\1 #25-999 \2", t, flags=re.M
    ),
    "larch-siding-or-pd": lambda t: re.sub(
        r"TOTAL CALLS 11/01-11/14: (\d+)", lambda m: f"TOTAL CALLS 11/01-11/14: {int(m.group(1)) - 1}", t
    ),
}
for f, mut in MUT.items():
    for e in json.loads((SRC / f / "groundtruth.json").read_text()):
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, e["file"])

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
