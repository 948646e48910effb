"""Mutation runs for check_blind_logs25.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value or date, sha256,
page count or record count, an unprinted related number, an id listed as related, a changed PDF,
a missing agency folder) run the real check on a copy in a temporary folder; layout-trap
mutations (a booking sub-line lost, a daily total, an occurred range cut to one time, a watch
summary, a ditto mark filled in) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs25/mutate_check_blind_logs25.py
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
import check_blind_logs25 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


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
    key = "reported_at" if "reported_at" in s else "occurred_at"
    s[key] = "10/01/2025 " + s[key].split()[-1]


def m_type(g):
    s = g[-1]["sample_records"][0]
    key = next(k for k in ("type", "offense", "summary") if k in s)
    s[key] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs25.py"), "--dir", str(dst)], capture_output=True
    ).returncode


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst)
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
# a changed PDF, and a missing folder
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst)
    pdf = next((dst / folders[0]).glob("*.pdf"))
    pdf.write_bytes(pdf.read_bytes() + b"\n% changed\n")
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst)
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc

MUT = {
    "st-aubin-parish-la-so": lambda t: re.sub(r"^ +Arrested: booking PB-25-\d{4},.*\n", "", t, count=1, flags=re.M),
    "oconee-ridge-county-ga-pd": lambda t: re.sub(
        r"Daily total (\S+): (\d+)", lambda m: f"Daily total {m.group(1)}: {int(m.group(2)) + 1}", t, count=1
    ),
    "chattahee-state-university-al-upd": lambda t: re.sub(
        r"^( *OCCURRED +\S+ \S+) - \S+ \S+$", r"\1", t, count=1, flags=re.M
    ),
    "coquina-sound-fl-marine-patrol": lambda t: re.sub(
        r"Watch summary: (\d+)", lambda m: f"Watch summary: {int(m.group(1)) - 1}", t, count=1
    ),
    "belmont-crossing-ms-pd": lambda t: re.sub(r"^ +\*\* ARREST - CITY JAIL BOOKING .*\n", "", t, count=1, flags=re.M),
}
for f, mut in MUT.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED", f)
# Belmont Crossing: a ditto mark replaced by the wrong date must fail the sample check
f = "belmont-crossing-ms-pd"
e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
mid = e["sample_records"][1]
line = next(ln for ln in t.splitlines() if ln.rstrip().endswith(mid["case_number"]))
t2 = t.replace(line, re.sub(r"^(\d\d/\d\d/2025| +\")", "10/01/2025", line), 1)
out = C.check_samples(f, e["file"], t2, C.records(f, t2), e)
caught += bool(out)
missed += not out
if not out:
    print("MISSED", f, "ditto")

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
