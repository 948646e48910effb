"""Mutation runs for check_blind_logs78.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong reported
date, another service's cited number or a CAD call number listed as a record, a missing agency
folder) run the real check on a copy in a temporary folder; trap mutations (a child line's `+`
dropped, a response-time line removed, a cite reworded, the call count changed, an ambulance run
moved into the CASE NO. column) and count mutations (the police and fire counts swapped in the
document's own total line) are applied to the `pdftotext -layout` text and fed to the layout and
count checks.
Run: python tests/documents/blind_logs78/mutate_check_blind_logs78.py
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
import check_blind_logs78 as C  # noqa: E402


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
    v = s["reported_at"]
    s["reported_at"] = v.replace("10/", "09/", 1) if "/" in v else v.replace("Oct.", "Sep.", 1)


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List another service's number cited inside an entry (or a CAD call number) as a record."""
    e = next((x for x in g if x["related_numbers"]), g[0])
    num = next((r for r in e["related_numbers"] if r["kind"] in ("other_service_number", "call_number")),
               e["related_numbers"][0])["number"]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs78.py"), "--dir", str(dst)],
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
    C.KF: lambda t: re.sub(r"^( +)\+ ", r"\1  ", t, count=1, flags=re.M),
    C.PC: lambda t: t[:t.find("response-time report")] + re.sub(
        r"^A-25-\d{4} +\S.*\n", "", t[t.find("response-time report"):], count=1, flags=re.M),
    C.LT: lambda t: t.replace("logged for the engine company", "logged for engine company", 1),
    C.BR: lambda t: re.sub(r"^Calls: (\d+) ", lambda m: f"Calls: {int(m.group(1)) + 1} ", t, flags=re.M),
    C.OX: lambda t: re.sub(r"^(\d\d/\d\d/25 \d{4}) +(AR25-)", r"\1    \2", t, count=1, flags=re.M),
}
COUNTS = {  # swap the police and fire counts printed in the document's own total line
    C.KF: (r"Police (\d+), Fire (\d+)", r"Police \2, Fire \1"),
    C.PC: (r"Police (\d+)(\s+)Fire (\d+)", r"Police \3\2Fire \1"),
    C.LT: (r"(\d+) police calls, (\d+) fire runs", r"\2 police calls, \1 fire runs"),
    C.BR: (r"Police (\d+), Fire (\d+)", r"Police \2, Fire \1"),
    C.OX: (r"CASES ENTERED: (\d+)(.*?)\(FIRE (\d+)", r"CASES ENTERED: \3\2(FIRE \1"),
}
for f, (pat, rep) in COUNTS.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    t2 = re.sub(pat, rep, t, count=1)
    assert t2 != t, f
    out = C.check_totals(f, e["file"], t2, e["case_numbers"])
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED count", f)
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
