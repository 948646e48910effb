"""Mutation runs for check_blind_logs112.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample location,
type or date, sha256, page count or record count, an unprinted related number, an id listed as
related, a related number listed as a record, a record listed twice where it is printed again)
run the real check on a copy in a temporary folder; so does a removed agency folder. Trap mutations
(a CAD number changed, a prior-incident number changed, a log paragraph renumbered, a supplement
citing an unlisted incident or a supplement total changed, a "(cont.)" repeat naming another case)
are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs112/mutate_check_blind_logs112.py
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
import check_blind_logs112 as C  # noqa: E402


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
    s["reported_at"] = "01/30/2024 " + s["reported_at"].split()[-1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (related number, else the first page's Bates stamp) as a record."""
    e = g[0]
    t = C.run(["pdftotext", "-layout", str(SRC / CUR / e["file"]), "-"])
    bates = re.search(rf"{re.escape(C.BATES[CUR])} \d{{6}}", t).group(0)
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else bates
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs112.py"), "--dir", str(dst)],
                          capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    CUR = f
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


def cont_other(t):
    """Make a "(cont.)" repeat name a case other than the one it continues."""
    m = re.search(r"BU(\d{5}) \(cont\.\)", t)
    return t[:m.start()] + f"BU{int(m.group(1)) - 1:05d} (cont.)" + t[m.end():]


TRAP = {
    "alder-creek-ca-pd": lambda t: re.sub(r"^( *(?:\d{1,2} +)?25-0\d{4} +)25-\d{6}", r"\g<1>25-999999", t,
                                          count=1, flags=re.M),
    "mirabel-county-ca-so": lambda t: re.sub(r"Prior Incident: MC24-\d{5}", "Prior Incident: MC24-09999", t, count=1),
    "port-solano-ca-pd": lambda t: re.sub(r"\b7\. Report PS-25", "8. Report PS-25", t, count=1),
    "vintner-valley-ca-sd": lambda t: re.sub(r"SUPPLEMENT to VV25-\d{4}", "SUPPLEMENT to VV25-9999", t, count=1),
    "bellmont-state-university-ca-pd": cont_other,
}
TRAP2 = {
    "alder-creek-ca-pd": lambda t: re.sub(r"^( *(?:\d{1,2} +)?)(25-0\d{4}) +25-\d{6}", r"\1\2 \2", t,
                                          count=1, flags=re.M),
    "mirabel-county-ca-so": lambda t: t.replace("Prior Incident:", "Prior incident", 2),
    "port-solano-ca-pd": lambda t: re.sub(r"Citation (PSC\d{6})", r"Citation \g<1>0", t, count=1),
    "vintner-valley-ca-sd": lambda t: re.sub(r"Supplements: (\d+)", lambda m: f"Supplements: {int(m.group(1)) + 1}", t),
    "bellmont-state-university-ca-pd": lambda t: re.sub(r"(BU\d{5}) \(cont\.\)", r"\1 (contd)", t, count=2),
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
