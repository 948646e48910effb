"""Mutation runs for check_blind_logs53.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample value, sha256,
page count or record count, an unprinted related number, an id listed as related, a sample
taken from the wrong record, a missing agency folder, a changed PDF byte) run the real check
on a copy in a temporary folder; layout-trap mutations (a remarks line without its dash, a
town footer count, booklet halves in reading order, a park roll-up count, an id moved onto a
first line) are applied to the text the check reads.
Run: python tests/documents/blind_logs53/mutate_check_blind_logs53.py
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
import check_blind_logs53 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Butte"


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


def m_when(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = g[-1]["sample_records"][0]["reported_at"]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_disp(g):
    s = g[0]["sample_records"]
    s[0]["disposition"], s[2]["disposition"] = s[2]["disposition"] + " Zebra", s[0]["disposition"]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_when, m_type, m_pages, m_dup, m_disp]


def check_copy(prepare):
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        prepare(dst)
        return subprocess.run(
            [sys.executable, str(SRC / "check_blind_logs53.py"), "--dir", str(dst)], capture_output=True
        ).returncode


def edit_gt(folder, mut):
    def prepare(dst):
        gp = dst / folder / "groundtruth.json"
        g = json.loads(gp.read_text())
        mut(g)
        gp.write_text(json.dumps(g))

    return prepare


def flip_byte(folder):
    def prepare(dst):
        pdf = sorted((dst / folder).glob("*.pdf"))[0]
        b = bytearray(pdf.read_bytes())
        b[-40] ^= 1
        pdf.write_bytes(bytes(b))

    return prepare


caught = missed = 0
folders = sorted(C.START)
runs = [(f"{f} {m.__name__}", edit_gt(f, m)) for f in folders for m in MUTS]
runs += [(f"{f} flip_byte", flip_byte(f)) for f in folders]
runs.append(("missing folder", lambda dst: shutil.rmtree(dst / folders[0])))
for label, prepare in runs:
    if check_copy(prepare):
        caught += 1
    else:
        missed += 1
        print("MISSED", label)


def layout_case(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    pdf = SRC / folder / e["file"]
    t = C.run(["pdftotext", "-layout", str(pdf), "-"])
    folios = None
    if folder == C.BOOKLET:
        t, folios = C.read_booklet(pdf, t.count("\f"))
    return e, t, folios


MUT = {
    "sweetgrass-divide-mt-tribal-pd": lambda t, f: (re.sub(r"^( +)- (Family)", r"\1\2", t, count=1, flags=re.M), f),
    "rawhide-county-wy-so": lambda t, f: (
        re.sub(
            r"^( *)(\d+)( +CALLS +TOWN OF RANSOM)",
            lambda m: f"{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}",
            t,
            flags=re.M,
        ),
        f,
    ),
    C.BOOKLET: lambda t, f: (t, sorted(f)),
    "prairie-rivers-sd-state-parks": lambda t, f: (
        re.sub(r"^(Owl Canyon State Park +)(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) + 2}", t, flags=re.M),
        f,
    ),
    "hehaka-draw-nd-tribal-conservation": lambda t, f: (
        re.sub(
            r"^(\d\d[A-Z]{3}25 \d{4} [^\n]*)\n +file (CO-25-\d{3}) ",
            r"\1 \2\n          file \2 ",
            t,
            count=1,
            flags=re.M,
        ),
        f,
    ),
}
for folder, mut in MUT.items():
    e, t, folios = layout_case(folder)
    assert not C.check_layout(folder, e["file"], t, e, C.records(folder, t), folios), folder
    t2, f2 = mut(t, folios)
    assert (t2, f2) != (t, folios), folder
    out = C.check_layout(folder, e["file"], t2, e, C.records(folder, t2), f2)
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED layout", folder)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
