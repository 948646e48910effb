"""Mutation runs for check_blind_logs79.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong reported
date, a related number listed as a record, a missing agency folder) run the real check on a copy
in a temporary folder; page-break-trap mutations (a per-page entry count that no longer counts a
broken row twice, a page-header range naming the wrong first incident, a spooler banner
renumbered, a day footer count changed, a continuation sheet naming another record) are
applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs79/mutate_check_blind_logs79.py
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
import check_blind_logs79 as C  # noqa: E402


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
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (booking, warrant, arrest, Coast Guard, DA referral) as a record."""
    e = next(x for x in g if x["related_numbers"])
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_header(g):
    """List a page-header / continuation repeat of an id as a second record."""
    e = g[0]
    e["case_numbers"].insert(8, e["case_numbers"][7])
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_header]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs79.py"), "--dir", str(dst)],
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
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")

TRAP = {  # text mutations that break each layout's page-break trap
    "brantley-cove-me-pd": lambda t: mut_bc(t),
    "kellam-mill-wi-pd": lambda t: re.sub(r"^(C-2 +)KM25-\d{4}", lambda m: m.group(1) + C.records(
        "kellam-mill-wi-pd", t)[-1][0], t, count=1, flags=re.M),
    "fennick-gap-county-sc-so": lambda t: re.sub(
        r"^(\f[^\n]*?)(FG-25-\d{5})( through)", lambda m: m.group(1) + "FG-25-99999" + m.group(3), t, count=1,
        flags=re.M),
    "marisco-bay-ca-harbor-pd": lambda t: re.sub(r"(Incidents for \w+, October \d+, 2025: )(\d+)",
                                                 lambda m: m.group(1) + str(int(m.group(2)) + 1), t, count=1),
    "wickersham-falls-ny-pd": lambda t: t.replace("PAGE 0003", "PAGE 0004", 1),
}


def mut_bc(t):
    """The count on the page where a broken row ends no longer counts that row."""
    pages = t.split("\f")
    for i, pg in enumerate(pages):
        first = C.first_body_line(pg, r"^Case No\. +Reported +Offense")
        if i and first is not None and not C.START["brantley-cove-me-pd"].match(first + "\n"):
            pages[i] = re.sub(r"Entries on this page: (\d+)",
                              lambda m: f"Entries on this page: {int(m.group(1)) - 1}", pg)
            break
    return "\f".join(pages)


for f, mut in TRAP.items():
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
