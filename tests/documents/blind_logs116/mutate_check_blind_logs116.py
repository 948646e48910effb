"""Mutation runs for check_blind_logs116.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (merged event, prior incident, case, citation) listed as a record, a reopened call listed
twice, a missing agency folder) run the real check on a copy in a temporary folder; trap mutations
(a merged event renumbered or the merged total changed, a reopened total changed or a reopened row
for a call never printed before, a cited call renumbered or a paragraph renumbered, a `(cont'd)`
line naming another call or the cancelled total changed, a prior incident renumbered) are applied to
the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs116/mutate_check_blind_logs116.py
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
import check_blind_logs116 as C  # noqa: E402


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


def m_repeat(g):
    """List a record a second time where it is printed again (a repeated block, line or follow-up)."""
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
    """List a non-record number (merged event, prior incident, else a case/citation) as a record."""
    kinds = ("merged_event", "prior_incident")
    e = g[0]
    num = next((r for r in e["related_numbers"] if r["kind"] in kinds), e["related_numbers"][0])["number"]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs116.py"), "--dir", str(dst)],
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

def bump(label, d):
    return lambda t: re.sub(rf"{label}(\d+)", lambda m: f"{m.group(0)[:-len(m.group(1))]}{int(m.group(1)) + d}", t, count=1)


TRAP = {  # text mutations that break each layout's trap
    "harlow-bay-ca-pd": lambda t: re.sub(r"EVENT HB25-\d{6} MERGED", "EVENT HB25-999999 MERGED", t, count=1),
    "tollman-county-or-so": bump(r"Reopened during period: ", 1),
    "ashby-falls-nh-pd": lambda t: re.sub(r"Same party as(\s+)Call(\s+)#25-\d{4}", r"Same party as\1Call\2#25-9999",
                                          t, count=1),
    "corliss-valley-ut-dispatch": lambda t: re.sub(r"^CV25-\d{6} \(cont'd\)", "CV25-000001 (cont'd)", t, count=1,
                                                   flags=re.M),
    "marrow-county-ia-so": lambda t: re.sub(r"^Prior Incident #: MC24-\d{5}", "Prior Incident #: MC24-00000", t,
                                            count=1, flags=re.M),
}
TRAP2 = {  # a second mutation of each trap
    "harlow-bay-ca-pd": bump(r"DUPLICATE EVENTS MERGED: ", -1),
    "tollman-county-or-so": lambda t: re.sub(r"^TC25-\d{5}( +\S+ \S+ +REOPENED)", r"TC25-99999\1", t, count=1,
                                             flags=re.M),
    "ashby-falls-nh-pd": lambda t: re.sub(r"^5\. Call #", "6. Call #", t, count=1, flags=re.M),
    "corliss-valley-ut-dispatch": bump(r"CANCELLED \(ST=CAN\): ", 1),
    "marrow-county-ia-so": lambda t: re.sub(r"^Prior Incident #: MC24-\d{5} +\(reopened from prior year\)\n", "", t,
                                            count=1, flags=re.M),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
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
