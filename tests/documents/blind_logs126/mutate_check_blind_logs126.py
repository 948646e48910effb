"""Mutation runs for check_blind_logs126.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample location,
type or date, sha256, page count or record count, an unprinted related number, an id listed as
related, a related number listed as a record) run the real check on a copy in a temporary folder,
and so does a copy with an agency folder removed; trap mutations (a CAD number changed or
removed, a voided count changed or a VOID line turned into a call, a `(cont.)` line dropped or
moved, a cited report changed into one of the log's own ids, a day count changed or a day heading
dropped) are applied to the group-by-group text and fed to the layout check.
Run: python tests/documents/blind_logs126/mutate_check_blind_logs126.py
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
import check_blind_logs126 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    g[0]["case_numbers"][6] = g[0]["case_numbers"][5]


def m_loc(g):
    s = g[0]["sample_records"][1]
    s["location" if "location" in s else "disposition"] = "Nowhere Hall"


def m_type(g):
    g[0]["sample_records"][2]["type"] = "Bank robbery"


def m_date(g):
    s = g[0]["sample_records"][0]
    s["reported_at"] = s["reported_at"].replace("/", "/1", 1)


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    g[0]["record_count"] += 1


def m_rel_unprinted(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "other", "number": "99-99999"})


def m_id_as_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "other",
                                    "number": g[0]["case_numbers"][1]})


def m_rel_as_id(g):
    e = g[0]
    if e["related_numbers"]:
        e["case_numbers"][2] = e["related_numbers"][0]["number"]
    else:  # no related numbers: a non-record number (void id / day count) listed as a record
        e["case_numbers"].append(e["case_numbers"][-1][:-1] + "X")
        e["record_count"] += 1


MUTS = [m_drop, m_swap, m_dup, m_loc, m_type, m_date, m_sha, m_pages, m_count, m_rel_unprinted, m_id_as_rel,
        m_rel_as_id]


def run_check(d):
    r = subprocess.run([sys.executable, str(SRC / "check_blind_logs126.py"), "--dir", str(d)],
                       capture_output=True, text=True)
    return r.returncode != 0


folders = sorted(C.GROUPS)
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


def void_to_call(t):
    return re.sub(r"^(OC25-\d{5}) +\*\*\* VOID - NUMBER NOT ISSUED \*\*\*$", r"\1 10/20 1200 B1 ALARM RPT", t,
                  count=1, flags=re.M)


def cited_to_id(t):
    own = re.search(r"^(25-\d{4}) ", t, re.M).group(1)
    return re.sub(r"Closed, see 25-\d{4}", f"Closed, see {own}", t, count=1)


def day_count(t):
    return re.sub(r"calls this day: (\d+)", lambda m: f"calls this day: {int(m.group(1)) + 1}", t, count=1)


TRAP = {  # (file index, mutation) pairs per layout
    "wrenfield-ia-pd": [(0, lambda t: re.sub(r"E\d{6}-(\d{4})", r"E251014-9\1", t, count=1)),
                        (1, lambda t: re.sub(r" E\d{6}-\d{4} ", " ", t, count=1))],
    "ossory-county-sd-so": [(0, lambda t: re.sub(r"Voided: (\d+)", lambda m: f"Voided: {int(m.group(1)) + 1}", t)),
                            (0, void_to_call)],
    "maddox-creek-nc-pd": [(0, lambda t: re.sub(r"^\(cont\.\) .*\n", "", t, count=1, flags=re.M)),
                           (0, lambda t: re.sub(r"^\(cont\.\) ", "", t, count=1, flags=re.M))],
    "halvard-university-dps": [(0, cited_to_id),
                               (0, lambda t: re.sub(r"Closed, see (25-\d{4})", r"Closed", t, count=1))],
    "tillery-ferry-me-pd": [(0, day_count),
                            (1, lambda t: re.sub(r"^-- [A-Z]{3} \d\d/\d\d/2025 --\n", "", t, count=2, flags=re.M))],
}
for f, muts in TRAP.items():
    for i, mut in muts:
        e = json.loads((SRC / f / "groundtruth.json").read_text())[i]
        t, _ = C.linear(f, SRC / f / e["file"], e["pages"])
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, i)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
