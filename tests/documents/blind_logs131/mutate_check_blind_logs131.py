"""Mutation runs for check_blind_logs131.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped, duplicated or repeated id, a wrong sample location,
type or date, sha256, page count or record count, an unprinted related number, an id listed as
related, a related number (conduct case, trespass notice, else police case) listed as a record, a
missing agency folder) run the real check on a copy in a temporary folder; trap mutations (two per
layout: hospital police total and a police case blanked; residence-life conduct total and a conduct
case changed; HOA paragraph numbering broken and a re-check citing an unknown report; mall notice
total and an appendix line pointing at no incident; stadium event subtotal and a season-to-date
equal to the document's count) are applied to the `pdftotext -layout` text and fed to the layout
check.
Run: python tests/documents/blind_logs131/mutate_check_blind_logs131.py
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
import check_blind_logs131 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "police_case", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "police_case", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[1]


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
    """List a non-record number (conduct case, trespass notice, else a police case) as a record."""
    e = g[0]
    num = next((r for r in e["related_numbers"] if r["kind"] in ("conduct_case", "trespass_notice")),
               e["related_numbers"][0])["number"]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs131.py"), "--dir", str(dst)],
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


def bump(label, d=1):
    return lambda t: re.sub(rf"{label}(\d+)", lambda m: f"{label}{int(m.group(1)) + d}", t, count=1)


def season_equal(t):
    n = re.search(r"Incidents this report: (\d+)", t).group(1)
    return re.sub(r"Season to date: \d+", f"Season to date: {n}", t)


TRAP = {  # text mutations that break each layout's trap
    "harwick-memorial-hospital-oh-security": bump("Police notified: "),
    "corrigan-college-vt-residence-life": bump("Referred to Student Conduct: "),
    "willowmere-estates-nc-hoa-patrol": lambda t: re.sub(r"^2\. ", "3. ", t, count=1, flags=re.M),
    "brannock-crossing-mall-wi-security": bump("Notices issued: "),
    "harlan-municipal-stadium-ne-event-security": bump("Event subtotal: "),
}
TRAP2 = {  # a second mutation of each trap
    "harwick-memorial-hospital-oh-security": lambda t: re.sub(
        r"^(HS-25-\d{4} +\d\d/\d\d/2025 \d\d:\d\d +)Ashby PD 25-0\d{5}", lambda m: m.group(1) + " " * 18, t,
        count=1, flags=re.M),
    "corrigan-college-vt-residence-life": lambda t: re.sub(r"conduct case SC-2526-\d{4}",
                                                           "conduct case SC-2526-9999", t, count=1),
    "willowmere-estates-nc-hoa-patrol": lambda t: re.sub(r"Re-check for SRP-25-\d{4}", "Re-check for SRP-25-9999",
                                                         t, count=1),
    "brannock-crossing-mall-wi-security": lambda t: re.sub(r"^(TN-25-\d{4} +)MS25-\d{5}", r"\1MS25-99999", t,
                                                           count=1, flags=re.M),
    "harlan-municipal-stadium-ne-event-security": season_equal,
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
