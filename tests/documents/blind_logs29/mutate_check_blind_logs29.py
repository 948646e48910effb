"""Mutation runs for check_blind_logs29.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a wrong
sample date, a missing agency folder, a changed PDF) run the real check on a copy in a
temporary folder; layout-trap mutations (a lost footnote, a wrong day-band count, no
'(continued)' box, no redaction, a wrong offence-line total) are applied to the
`pdftotext -layout` text.
Run: python tests/documents/blind_logs29/mutate_check_blind_logs29.py
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
import check_blind_logs29 as C  # noqa: E402


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
    s["reported_at"] = s["reported_at"].replace("1", "3", 1) if "1" in s["reported_at"] else "Oct. 30"


def m_type(g):
    s = g[-1]["sample_records"][0]
    s["offense" if "offense" in s else "type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_mid(g):
    g[0]["sample_records"][1]["case_number"] = g[0]["case_numbers"][-1]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_mid]
folders = sorted(C.START)
caught = missed = 0


def fails(dst):
    cmd = [sys.executable, str(SRC / "check_blind_logs29.py"), "--dir", str(dst)]
    return subprocess.run(cmd, capture_output=True).returncode != 0


for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst)
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            if fails(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
# remove a folder; truncate a PDF
for how in ("rmtree", "truncate"):
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst)
        if how == "rmtree":
            shutil.rmtree(dst / folders[0])
        else:
            pdf = next((dst / folders[1]).glob("*.pdf"))
            pdf.write_bytes(pdf.read_bytes() + b"\n% edited\n")
        ok = fails(dst)
        caught += ok
        missed += not ok
        if not ok:
            print("MISSED", how)

MUT = {
    "pell-crossing-vt-pd": lambda t: re.sub(r"^ *\* (Also|Civil|Lodged) [^\n]*\n", "", t, count=1, flags=re.M),
    "quillan-falls-mn-pd": lambda t: re.sub(r"\((\d+) calls\)", lambda m: f"({int(m.group(1)) + 1} calls)", t,
                                            count=1),
    "marrow-ridge-or-pd": lambda t: t.replace(" (continued)", ""),
    "brackwater-junction-ne-pd": lambda t: t.replace("[REDACTED]", "a neighbour"),
    "wrenfield-ks-pd": lambda t: re.sub(r"Offense lines: (\d+)", lambda m: f"Offense lines: {int(m.group(1)) + 1}", t),
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
        print("MISSED trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
