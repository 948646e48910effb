"""Mutation runs for check_blind_logs94.py: each broken copy of the set must fail the check.

Ground-truth mutations, per agency (a dropped, swapped or duplicated id, a related number listed as
an id, a wrong sample location, type or reported date, a wrong sha256, page count or record count,
an unprinted related number, a number both id and related) and a removed agency folder run the
real check on a copy in a temporary folder; trap mutations (a licence turned into NONE PRESENTED,
an advisory number turned into an id, a day total changed, a cross-referenced case turned into a
listed id, an assist given a case, a violation line renumbered, a violations total changed, a
dagger dropped or added) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs94/mutate_check_blind_logs94.py
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
import check_blind_logs94 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_related_as_id(g):
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Slough"


def m_type(g):
    g[-1]["sample_records"][2]["type"] = "Arson"


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "12/31/2024" + s["reported_at"][10:]


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    g[0]["record_count"] += 1


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "licence", "number": "ZZ-9999-000001"})


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


MUTS = [m_drop, m_swap, m_dup, m_related_as_id, m_loc, m_type, m_date, m_sha, m_pages, m_count, m_rel, m_both]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs94.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def copy(tmp):
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    return dst


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = copy(tmp)
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
    dst = copy(tmp)
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def first_id(e):
    return e["case_numbers"][0]


TRAP = [  # (folder, name, text mutation)
    (C.BF, "licence dropped", lambda t, e: re.sub(r"^(?:HL|FL)-2025-\d{6}", "NONE PRESENTED", t, count=1, flags=re.M)),
    (C.BF, "checked count", lambda t, e: re.sub(r"checked: (\d+)", lambda m: f"checked: {int(m.group(1)) - 1}", t)),
    (C.CL, "advisory is an id", lambda t, e: re.sub(r"advisory MP25-A\d{3}", "advisory " + first_id(e), t, count=1)),
    (C.CL, "day total", lambda t, e: re.sub(r"Day total: (\d+)", lambda m: f"Day total: {int(m.group(1)) + 1}",
                                            t, count=1)),
    (C.FH, "cross-reference is an id", lambda t, e: re.sub(r"Same party as in Case 25-FH-\d{4}",
                                                           "Same party as in Case " + e["case_numbers"][-1], t, count=1)),
    (C.FH, "assist count", lambda t, e: re.sub(r"Assists without a case: (\d+)",
                                               lambda m: f"Assists without a case: {int(m.group(1)) + 1}", t)),
    (C.TS, "violation renumbered", lambda t, e: re.sub(r"^( +)2\. ", r"\g<1>3. ", t, count=1, flags=re.M)),
    (C.TS, "violations total", lambda t, e: re.sub(r"Violations recorded: (\d+)",
                                                   lambda m: f"Violations recorded: {int(m.group(1)) + 1}", t)),
    (C.WX, "dagger dropped", lambda t, e: t.replace(" \u2020 ", "   ", 1)),
    (C.WX, "dagger added", lambda t, e: re.sub(r"^(R2-\d{5})  ", "\\1 \u2020", t, count=1, flags=re.M)),
]
for f, what, mut in TRAP:
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e), f
    t2 = mut(t, e)
    assert t2 != t, (f, what)
    out = C.check_layout(f, e["file"], t2, e)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f, what)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
