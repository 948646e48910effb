"""Mutation runs for check_blind_logs82.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a wrong reported
date, a related number listed as a record, samples not first/middle/last, a missing agency folder)
run the real check on a copy in a temporary folder; id-trap mutations (a Related code moved to
another record, a deputy column that no longer matches the id's badge, a CAD-event line dropped, a
report number with a wrong check character, a day band with a wrong count, a Luhn number with two
digits swapped) are applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs82/mutate_check_blind_logs82.py
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
import check_blind_logs82 as C  # noqa: E402


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
    s["reported_at"] = "09/30/2025 " + s["reported_at"].split()[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a related number (an earlier report, a CAD-event GUID, a citation...) as a record."""
    e = next(x for x in g if x["related_numbers"])
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_sample(g):
    g[0]["sample_records"][1]["case_number"] = g[0]["case_numbers"][1]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_sample]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs82.py"), "--dir", str(dst)],
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


def wrong_check(m):
    good = m.group(2)
    return f"Report {m.group(1)}-{'1' if good != '1' else '2'}."


def swap_digits(m):
    s = m.group(1)
    for i in range(len(s) - 1):
        if s[i] != s[i + 1] and {s[i], s[i + 1]} != {"0", "9"}:
            return m.group(0).replace(s, s[:i] + s[i + 1] + s[i] + s[i + 2:])
    return m.group(0)


TRAP = [  # text mutations that break each layout's id trap
    ("pellworth-mn-pd", "Related code replaced",
     lambda t: re.sub(rf"see {C.B32}{{4}}-{C.B32}{{4}}", "see ZZZZ-ZZZZ", t, count=1)),
    ("wendover-county-id-so", "deputy column differs from the id's badge",
     lambda t: re.sub(r"^(\d{3}-\d{4} +\S+ +\S+ +)#\d{3}", r"\g<1>#999", t, count=1, flags=re.M)),
    ("kinloch-college-vt-dps", "CAD event line dropped",
     lambda t: re.sub(rf"\n +CAD event: +{C.GUID}\n", "\n", t, count=1)),
    ("everly-township-pa-pd", "wrong check character", lambda t: re.sub(r"Report (\d{7})-([\dX])\.", wrong_check,
                                                                        t, count=1)),
    ("greyhaven-ky-ecc", "day band count changed",
     lambda t: re.sub(r"(\d+) calls$", lambda m: f"{int(m.group(1)) + 1} calls", t, count=1, flags=re.M)),
    ("greyhaven-ky-ecc", "two digits of an event number swapped",
     lambda t: re.sub(r"(\d{9})$", swap_digits, t, count=1, flags=re.M)),
]
for f, what, mut in TRAP:
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, (f, what)
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f, what)

print(f"{caught} of {caught + missed} caught")
sys.exit(1 if missed else 0)
