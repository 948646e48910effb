"""Mutation runs for check_blind_logs124.py: each broken copy of the set must fail the check.

Ground-truth mutations per agency (a dropped, swapped or duplicated id, a wrong sample location,
type or date, sha256, page count or record count, an unprinted related number, an id listed as
related, a related number (merged, quoted or duplicate ticket) listed as a record, a record listed
twice) run the real check on a copy in a temporary folder; a removed agency folder likewise; trap
mutations (two per layout) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs124/mutate_check_blind_logs124.py
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
import check_blind_logs124 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "quoted_ticket", "number": "ZZ-9123"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "quoted_ticket", "number": g[0]["case_numbers"][0]})


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


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a merged, quoted or duplicate ticket (or, without any, a made-up one) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "OV269999"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs124.py"), "--dir", str(dst)],
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
    return lambda t: re.sub(rf"{label}(\d+)", lambda m: f"{label}{int(m.group(1)) + d}", t, count=1)


TRAP = {  # text mutations that break each layout's trap
    "brindle-cove-or-pd": bump("Merged duplicates: ", 1),
    "tallow-creek-tx-marshal": lambda t: re.sub(r"(Internal note: .*?)TCM-\d{4}", r"\1TCM-2999", t, count=1),
    "wrenfield-mi-city-clerk": lambda t: re.sub(r"^( +> )#\d{5}", r"\g<1>#59999", t, count=1, flags=re.M),
    "pell-harbor-me-town": bump("duplicates closed: ", -1),
    "osgood-valley-ks-so": lambda t: re.sub(r"(Queue subtotal [^:]+: )(\d+)",
                                            lambda m: f"{m.group(1)}{int(m.group(2)) + 1}", t, count=1),
}
TRAP2 = {  # a second mutation of each trap
    "brindle-cove-or-pd": lambda t: re.sub(r"(\+ merged BCPD-\d{5}.*\n)", "", t, count=1),
    "tallow-creek-tx-marshal": lambda t: re.sub(r"^Internal note: .*\n", "", t, count=1, flags=re.M),
    "wrenfield-mi-city-clerk": lambda t: re.sub(r"^ +> Opened .*\n", "", t, count=1, flags=re.M),
    "pell-harbor-me-town": lambda t: re.sub(r"^12\. Ticket", "13. Ticket", t, count=1, flags=re.M),
    "osgood-valley-ks-so": lambda t: re.sub(r"(past SLA)", lambda m: m.group(1), re.sub(
        r"(^OV\d{6} .*?\d\d:\d\d +) (\d\d:\d\d)$", r"\1-\2", t, count=1, flags=re.M)),
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
