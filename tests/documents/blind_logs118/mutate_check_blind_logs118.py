"""Mutation runs for check_blind_logs118.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a
non-record number (the summary's range end, a continued-block line, an earlier case, a repeated
listing line, a supplement) listed as a record, a missing agency folder) run the real check on a
copy in a temporary folder; trap mutations (two per layout, applied to the `pdftotext -layout` text)
are fed to the layout check.
Run: python tests/documents/blind_logs118/mutate_check_blind_logs118.py
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
import check_blind_logs118 as C  # noqa: E402


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
    s["reported_at"] = "01/15/2025 " + s["reported_at"].split()[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_repeat(g):
    """List a record a second time (where it is printed again: a continued block, a second category)."""
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a number that is printed but is not a record (a related number, else the next unused id)."""
    e = g[0]
    if e["related_numbers"]:
        num = e["related_numbers"][0]["number"]
    else:
        last = e["case_numbers"][-1]
        head, tail = last.rsplit("-", 1)
        num = f"{head}-{int(tail) + 1:0{len(tail)}d}"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs118.py"), "--dir", str(dst)],
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


def first_id(t, pat):
    return re.search(pat, t, re.M).group(1)


def dunmore_shift(t):
    """Give the second printed line of a repeated incident another time."""
    rows = re.findall(r"^ *(25-0\d{5}) ", t, re.M)
    rep = next(n for n in rows if rows.count(n) > 1)
    i = [m.start() for m in re.finditer(rf"^ *{rep} +\d\d/\d\d/2025 \d\d:\d\d", t, re.M)][1]
    j = t.index(":", t.index(rep, i)) - 2
    return t[:j] + ("00" if t[j:j + 2] != "00" else "01") + t[j + 2:]


TRAP = {  # text mutations that break each layout's trap
    "ashgrove-il-pd": lambda t: re.sub(r"(assigned this month: )25-\d{5}",
                                       lambda m: m.group(1) + first_id(t, r"^(25-1\d{4}) "), t),
    "brackwater-county-ks-so": lambda t: re.sub(r"^\(continued\) Incident BC25-\d{4}$", "(continued) Incident BC25-0001",
                                                t, count=1, flags=re.M),
    "cindermoor-university-pd": lambda t: re.sub(r"^7\. Case", "8. Case", t, count=1, flags=re.M),
    "dunmore-oh-pd": lambda t: re.sub(r"Offense lines: (\d+)", lambda m: f"Offense lines: {int(m.group(1)) - 1}", t),
    "eastfell-pa-pd": lambda t: re.sub(r"Supp\. 2025-\d{4}", "Supp. " + first_id(t, r"^(2025-\d{4}) "), t, count=1),
}
TRAP2 = {  # a second mutation of each trap
    "ashgrove-il-pd": lambda t: re.sub(r"\((\d+) numbers;", lambda m: f"({int(m.group(1)) + 5} numbers;", t),
    "brackwater-county-ks-so": lambda t: re.sub(r"Total Group A( +)(\d+)", lambda m: f"Total Group A{m.group(1)}{int(m.group(2)) + 1}", t),
    "cindermoor-university-pd": lambda t: re.sub(r"follow-up(\s+)to(\s+)case(\s+)25U-\d{4}",
                                                 lambda m: f"follow-up{m.group(1)}to{m.group(2)}case{m.group(3)}"
                                                 + first_id(t, r"^\d+\. Case (25U-\d{4})"), t, count=1),
    "dunmore-oh-pd": dunmore_shift,
    "eastfell-pa-pd": lambda t: re.sub(r"Supp\. 2025-\d{4}", "", t, count=1),
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
        print("MISSED trap", f, mut)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
