"""Mutation runs for check_blind_logs107.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample location,
type or date, sha256, page count or record count, an unprinted related number, an id listed as
related, a related number (citation, outside-agency report, task-force case, earlier report, fire
incident) listed as a record, a record listed twice where its number is printed again (redaction
log, `(continued)` heading, withheld-items list)) and a missing agency folder run the real check
on a copy in a temporary folder; trap mutations (two per layout, applied to the `pdftotext -layout`
text: redaction-log totals and kinds, `(continued)` headings and withheld totals, withheld-entry
counts and Bates stamps, paragraph numbers and the unlisted count, margin codes and withheld-row
markers) are fed to the layout check.
Run: python tests/documents/blind_logs107/mutate_check_blind_logs107.py
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
import check_blind_logs107 as C  # noqa: E402


def sample_with(e, key):
    return next(s for s in e["sample_records"] if key in s)


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    sample_with(g[0], "location")["location"] = "Nowhere Hall"


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
    s = sample_with(g[-1], "reported_at")
    s["reported_at"] = "09/30/2024 " + s["reported_at"].split()[1]


def m_type(g):
    sample_with(g[-1], "type")["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (citation, outside report, task-force case, ...) as a record."""
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_repeat(g):
    """List a record a second time at a place where its number is printed again."""
    e = g[0]
    c = e["case_numbers"]
    c.insert(len(c) // 2, c[1])
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs107.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def bump(pattern, delta):
    return lambda t: re.sub(pattern, lambda m: m.group(0)[:m.start(1) - m.start(0)] + str(int(m.group(1)) + delta)
                            + m.group(0)[m.end(1) - m.start(0):], t, count=1, flags=re.M)


def las_cont(t):
    first = re.search(r"^Case Number: (LB-25-\d{4})", t, re.M).group(1)
    return re.sub(r"^Case Number: LB-25-\d{4} \(continued\)", f"Case Number: {first} (continued)", t, count=1,
                  flags=re.M)


def tolan_bates(t):
    nums = re.findall(r"TCSO-PRA-(\d{6})", t)
    return t.replace(f"TCSO-PRA-{nums[1]}", f"TCSO-PRA-{nums[0]}", 1)


def palo_renumber(t):
    return re.sub(r"^ *5\. +Report No\.", "6.   Report No.", t, count=1, flags=re.M)


def costa_uncode(t):
    return re.sub(r"^\(b\)\(6\) +(HD25-\d{5})", r"       \1", t, count=1, flags=re.M)


TRAP = {
    "vista-arroyo-ca-pd": [bump(r"Redactions logged: (\d+)", 1),
                           lambda t: re.sub(r"(VA25-\d{5} +)Entire entry", r"\1Location (victim address)", t, count=1)],
    "las-brisas-ca-ccd-pd": [las_cont, bump(r"withheld in full (\d+)\)", 1)],
    "tolan-county-ca-so": [bump(r"^ *-- (\d+) entr", 1), tolan_bates],
    "palo-quemado-ca-pd": [palo_renumber, bump(r"A further (\d+) reports", -1)],
    "costa-lumbre-ca-harbor-pd": [costa_uncode, bump(r"\*\*\* (\d+) ROWS? WITHHELD", 1)],
}


def main():
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
    for f, muts in TRAP.items():
        e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        for i, mut in enumerate(muts, 1):
            t2 = mut(t)
            assert t2 != t, (f, i)
            out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
            caught += bool(out)
            missed += not out
            if not out:
                print("MISSED trap", f, i)
    print(f"caught {caught}, missed {missed}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
