"""Mutation runs for check_blind_logs76.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, swapped reported
times, a related number listed as a record, a missing agency folder) run the real check on a copy
in a temporary folder; trap mutations (a KB25 serial not restarting, a page's running total off, a
Clery count off, a day heading's count off, a Glenmora id whose serial does not restart) are applied
to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs76/mutate_check_blind_logs76.py
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
import check_blind_logs76 as C  # noqa: E402


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
    s = g[0]["sample_records"]
    s[0]["reported_at"], s[2]["reported_at"] = s[2]["reported_at"], s[0]["reported_at"]


def m_type(g):
    g[0]["sample_records"][0]["type"] = "Arson by Proxy"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (a citation, another agency's or a previous year's case) as a record;
    Glenmora has none, so a Penal Code number from its NATURE column is listed instead."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "459"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs76.py"), "--dir", str(dst)],
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
    "kessick-bay-ca-pd": lambda t: t.replace("KB25-00001 ", "KB25-00007 ", 1),
    "orrin-falls-mn-pd": lambda t: re.sub(r"Running total: (\d+)", lambda m: f"Running total: {int(m.group(1)) + 1}",
                                          t, count=1),
    "thornbury-state-university-dps": lambda t: re.sub(r"^( +Burglary +)(\d+)$",
                                                       lambda m: m.group(1) + str(int(m.group(2)) + 1), t,
                                                       count=1, flags=re.M),
    "wexcombe-county-ky-so": lambda t: re.sub(r"- (\d+) entries", lambda m: f"- {int(m.group(1)) + 1} entries", t,
                                              count=1),
    "glenmora-nv-pd": lambda t: re.sub(r"^(2501\d\d)-0001 ", r"\1-0005 ", t, count=1, flags=re.M),
}
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
