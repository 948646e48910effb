"""Mutation runs for check_blind_logs39.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256, page
count or record count, an unprinted related number, an id listed as related, a missing agency
folder, a changed PDF byte) run the real check on a copy in a temporary folder; layout-trap
mutations (a page or group subtotal, a Seq number, unit lines removed, paragraphs unwrapped,
records put in time order) are applied to the `pdftotext -layout` text.
Run: python tests/documents/blind_logs39/mutate_check_blind_logs39.py
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
import check_blind_logs39 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "9999 Nowhere Pl"


def m_type(g):
    g[-1]["sample_records"][2]["type"] = "Arson"


def m_time(g):
    s = g[0]["sample_records"][0]
    key = "reported_at" if "reported_at" in s else "occurred_at"
    s[key] = s[key].replace(s[key][-5:], "23:59" if s[key][-5:] != "23:59" else "00:00")


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "TC000001"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]}
    )


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_type, m_time, m_sha, m_rel, m_count, m_both, m_pages, m_dup]
folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0


def run_check(dst):
    return subprocess.run(
        [sys.executable, str(SRC / "check_blind_logs39.py"), "--dir", str(dst)], capture_output=True
    ).returncode


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
# a missing folder, and a PDF changed by one byte
for how in ("rmdir", "byte"):
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst)
        if how == "rmdir":
            shutil.rmtree(dst / folders[0])
        else:
            pdf = sorted((dst / folders[1]).glob("*.pdf"))[0]
            b = bytearray(pdf.read_bytes())
            b[-20] ^= 1
            pdf.write_bytes(bytes(b))
        rc = run_check(dst)
        caught += bool(rc)
        missed += not rc
        if not rc:
            print("MISSED", how)

MUT = {
    "harrow-springs-nv-pd": lambda t: re.sub(
        r"Page subtotal: (\d+)", lambda m: f"Page subtotal: {int(m.group(1)) + 1}", t, count=1
    ),
    "corley-county-wy-so": lambda t: re.sub(
        r"(Cases for badge #\d{4}: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) - 1), t, count=1
    ),
    "bellmont-heights-or-pd": lambda t: re.sub(r"(Summaries shown: )(\d+)", lambda m: m.group(1) + "0", t, count=1),
    "quarry-gap-mt-pd": lambda t: re.sub(r"^   [1-5][A-E]\d\d .*\n", "", t, flags=re.M),
    "lindqvist-bay-me-pd": lambda t: re.sub(r"\n(?!\n)(?=\S)", " ", t),
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
        print("MISSED layout", f)
# Seq column renumbered, and the officer listing put in time order
f = "harrow-springs-nv-pd"
e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
t2 = re.sub(r"^1( +HS25-)", r"0\1", t, count=1, flags=re.M)
out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
caught += bool(out)
missed += not out
f = "corley-county-wy-so"
e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
recs = sorted(C.records(f, t), key=lambda r: re.search(r"(\d\d/\d\d) +\S+ +(\d\d:\d\d)", r[1]).groups())
out = C.check_layout(f, e["file"], t, e, recs)
caught += bool(out)
missed += not out
print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
