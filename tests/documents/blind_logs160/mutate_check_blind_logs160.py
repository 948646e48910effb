"""Mutation runs for check_blind_logs160.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (a CAD, report or other number column) listed as a record, a record listed twice, a missing
agency folder) run the real check on a copy in a temporary folder; trap mutations (two per layout: a
row's CAD number replaced by its own case number, a row's CAD and case numbers swapped; an `Orig
Case:` label printed as `Case:`, an earlier case made later than its own; a report number's case
part changed, a report printed before its case without its suffix; a continued entry pointing at
another incident, an entry number repeated; a CAD cell replaced by another number, a `Case #` row
label changed) are applied to the stretch text (`pdftotext -layout`, or the word-box grid for the
transposed grid) and fed to the layout check.
Run: python tests/documents/blind_logs160/mutate_check_blind_logs160.py
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
import check_blind_logs160 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    g[-1]["sample_records"][2]["reported_at"] = "September 30, 1999 11:11"


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs160.py"), "--dir", str(dst)],
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


TRAP = {  # text mutations that break each layout's trap
    # a row's CAD number replaced by its own case number
    "ashdown-ferry-ne-pd": lambda t: re.sub(r"(?m)^( *)26-\d{6}( +)(26-\d{6})", r"\1\3\2\3", t, count=1),
    # an `Orig Case:` label printed as `Case:`
    "morrow-glen-county-ks-so": lambda t: re.sub(r"(?m)^( *)Orig Case:", r"\1Case:", t, count=1),
    # a report number's case part changed
    "pellbridge-me-pd": lambda t: re.sub(r"([Rr]eport )2026-\d{5}(-\d\d)", r"\g<1>2026-09999\2", t, count=1),
    # a continued entry pointing at another incident
    "dunvegan-springs-az-pd": lambda t: re.sub(r"\(cont\. of 26-\d{5}\)", "(cont. of 26-99999)", t, count=1),
    # a CAD cell replaced by another number
    C.GRID: lambda t: re.sub(r"E26-\d{6}", "E26-999999", t, count=1),
}


TRAP2 = {  # a second mutation of each trap
    # a row's CAD and case numbers swapped
    "ashdown-ferry-ne-pd": lambda t: re.sub(r"(?m)^( *)(26-\d{6})( +)(26-\d{6})", r"\1\4\3\2", t, count=1),
    # an earlier case made later than its own incident
    "morrow-glen-county-ks-so": lambda t: re.sub(r"Orig Case: +MG26-\d{5}", "Orig Case: MG26-99999", t, count=1),
    # a report printed before its case without its suffix
    "pellbridge-me-pd": lambda t: re.sub(r"Report (2026-\d{5})-\d\d filed", r"Report \1 filed", t, count=1),
    # an entry number repeated
    "dunvegan-springs-az-pd": lambda t: re.sub(r"(?m)^( *)2\.(?= +Case)", r"\g<1>1.", t, count=1),
    # a `Case #` row label changed
    C.GRID: lambda t: t.replace("Case #", "Case no", 1),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.stretch_text(f, SRC / f / e["file"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f, mut)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
