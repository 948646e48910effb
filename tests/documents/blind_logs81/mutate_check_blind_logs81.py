"""Mutation runs for check_blind_logs81.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong reported
date, a related number listed as a record, a missing agency folder) run the real check on a copy
in a temporary folder; layout-trap mutations (a series count changed, a file name no longer
repeating its id, a Civilian line dropped, a heading count changed, a re-notice date moved) are
applied to the `pdftotext -layout` text and fed to the layout check, as are text mutations that
turn a non-record line into an apparent record start, which the start pattern must not take.
Run: python tests/documents/blind_logs81/mutate_check_blind_logs81.py
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
import check_blind_logs81 as C  # noqa: E402


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
    s["reported_at"] = s["reported_at"].replace("20", "19", 1) if "/20" in s["reported_at"] else "May 1, 2017"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (DA review, file-name number, URSUS id, earlier case, request) as a record."""
    e = next(x for x in g if x["related_numbers"])
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs81.py"), "--dir", str(dst)],
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
    "san-aurelio-ca-pd": lambda t: re.sub(r"\(IA (\d+),", lambda m: f"(IA {int(m.group(1)) + 1},", t),
    "vallecito-ca-pd": lambda t: re.sub(r"(V\d\d-\d{5})( BWC [^\n]*\.mp4)$", r"Clip\2", t, count=1, flags=re.M),
    "portola-cove-ca-pd": lambda t: re.sub(r"^ +Civilian 2 [^\n]*\n", "", t, count=1, flags=re.M),
    "santa-teodora-county-ca-so": lambda t: re.sub(r" - (\d+) cases$", lambda m: f" - {int(m.group(1)) + 1} cases",
                                                   t, count=1, flags=re.M),
    "cabrillo-heights-ca-pd": lambda t: re.sub(r"\d\d/\d\d/(20\d\d)( +180-day re-notice)",
                                               lambda m: f"01/01/{m.group(1)}{m.group(2)}", t, count=1),
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

# a non-record line made to look like a record start must not be taken (the id list then differs)
FAKE = {
    "san-aurelio-ca-pd": lambda t: t.replace("\nRecords listed:", "\nIA 99-0001 01/01/2099 x\nRecords listed:", 1),
    "vallecito-ca-pd": lambda t: re.sub(r"^ +(V\d\d-\d{5}) (BWC)", r"\1 01/01/2020 \2", t, count=1, flags=re.M),
    "portola-cove-ca-pd": lambda t: t.replace("Agency review ", "Incident No. PC-UOF-99-999 ", 1),
    "santa-teodora-county-ca-so": lambda t: re.sub(r"\. (The complaint followed)", r".\nOn May 1, 2020, a deputy \1", t, count=1),
    "cabrillo-heights-ca-pd": lambda t: re.sub(r"^ +(\d\d/\d\d/20\d\d +180-day)", r"CH-IA-99-9999 \1", t, count=1,
                                               flags=re.M),
}
for f, mut in FAKE.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    t2 = mut(t)
    assert t2 != t, f
    found = [num for num, _, _ in C.records(f, t2)]
    ok = found != e["case_numbers"] or C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(ok)
    missed += not ok
    if not ok:
        print("MISSED fake start", f)

print(f"{caught} of {caught + missed} caught")
sys.exit(1 if missed else 0)
