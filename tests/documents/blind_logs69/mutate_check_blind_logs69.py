"""Mutation runs for check_blind_logs69.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
or record count, an unprinted related number, an id listed as related, a wrong sample date, a
missing agency folder) run the real check on a copy in a temporary folder; layout-trap
mutations (an EOC row count, a backup line printed in the daily format, an EOC-only entry count,
a situation report's count, records put in time order) are applied to the `pdftotext -layout`
text. Run: python tests/documents/blind_logs69/mutate_check_blind_logs69.py
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
import check_blind_logs69 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Causeway"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "C000001"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "other_agency_case", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("2025", "2024").replace("OCT", "NOV")


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_disp(g):
    g[0]["sample_records"][2]["disposition"] = "Cleared by Exception"


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_disp]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs69.py"), "--dir", str(dst)],
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


def time_order(recs):
    def key(r):
        s = re.search(r"(\d\d)/(\d\d)/2025 (\d\d:\d\d)", r[1])
        return s.groups()
    return sorted(recs, key=key)


MUT = {
    "marsh-haven-la-pd": lambda t: re.sub(r"^ *EOC \d\d:00 .*\n", "", t, count=1, flags=re.M),
    "cape-sorrel-nc-pd": lambda t: t.replace("Calls listed", "Case # Calls listed"),
    "gulfmoor-county-ms-eoc-so": lambda t: re.sub(r"Log entries: (\d+)",
                                                  lambda m: f"Log entries: {int(m.group(1)) + 1}", t),
    "isla-pardo-fl-pd": lambda t: t.replace("Law enforcement incidents this report: ",
                                            "Law enforcement incidents this report: 1", 1),
    "brinewater-key-fl-pd": None,
}
for f, mut in MUT.items():
    for e in json.loads((SRC / f / "groundtruth.json").read_text()):
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        recs = C.records(f, t)
        assert not C.check_layout(f, e["file"], t, e, recs), f
        if f == "cape-sorrel-nc-pd" and "BACKUP CAD" not in t:
            t2 = t.replace("CS25-", "2025-CS-").replace("Calls listed", "BACKUP CAD Calls listed")
            e = dict(e, case_numbers=[x.replace("CS25-", "2025-CS-") for x in e["case_numbers"]])
        elif f == "cape-sorrel-nc-pd":
            t2 = re.sub(r"^( +)MA>> ", r"\1MA ", t, flags=re.M)
        elif mut:
            t2 = mut(t)
        if mut or f == "cape-sorrel-nc-pd":
            assert t2 != t, f
            out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        else:
            out = C.check_layout(f, e["file"], t, e, time_order(recs))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED layout", f, e["file"])

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
