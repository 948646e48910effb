"""Mutation runs for check_blind_logs84.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong reported
date, a related number listed as a record, an agency not marked invented, a missing agency
folder) run the real check on a copy in a temporary folder; trap mutations (day-first dates made
month-first, a NO REPORT row given a number, an UPDATE paragraph made a record, offences no
longer joined, a novedad given a querella number) are applied to the `pdftotext -layout` text
and must make the check find a problem.
Run: python tests/documents/blind_logs84/mutate_check_blind_logs84.py
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
import check_blind_logs84 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


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
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "Domingo, 1 de junio de 2025 " + s["reported_at"].split()[-1] \
        if "hrs." in s["reported_at"] else "30/09/2025 " + s["reported_at"].split(" ", 1)[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (or, with none, a made-up neighbour number) as a record."""
    e = next((x for x in g if x["related_numbers"]), g[0])
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "PR-987"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_agency(g):
    g[0]["agency"] = g[0]["agency"].replace(" [invented]", "")


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_agency]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs84.py"), "--dir", str(dst)],
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
            gp.write_text(json.dumps(g, ensure_ascii=False))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")

TRAP = {  # text mutations that break each layout's trap
    "villa-coralina-pr-pm": lambda t: re.sub(r"^(VC-\d{5}-25 +)(\d\d)/(\d\d)/", lambda m: f"{m.group(1)}{m.group(3)}/{m.group(2)}/",
                                             t, flags=re.M),
    "marbo-cove-gu-precinct": lambda t: t.replace("NO REPORT", "MC25-9999", 1),
    "frederiksvale-vi-pd": lambda t: t.replace("UPDATE - ", "ROBBERY - On ", 1),
    "san-aurelio-pr-pm": lambda t: re.sub(r"(\S); (\S)", r"\1 y \2", t),
    "penas-blancas-pr-pm": lambda t: re.sub(r"Novedad:", "Querella 9999-25:", t, count=1),
}


def problems(f, e, t):
    allb = C.blocks(f, t)
    recs = [b for b in allb if b[0]]
    out = C.check_layout(f, e["file"], t, e, recs, allb)
    if [b[0] for b in recs] != e["case_numbers"]:
        out.append("ids differ")
    return out


for f, mut in TRAP.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not problems(f, e, t), f
    t2 = mut(t)
    assert t2 != t, f
    out = problems(f, e, t2)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f)

print(f"{caught} of {caught + missed} caught")
sys.exit(1 if missed else 0)
