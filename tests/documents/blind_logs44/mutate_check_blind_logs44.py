"""Mutation runs for check_blind_logs44.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, an update line's id listed as a second
record, a wrong sample value, sha256, page count or record count, an unprinted related number, an
id listed as related, a missing agency folder, a changed PDF) run the real check on a copy in a
temporary folder; layout-trap mutations (an unquoted log row, a year in a newsletter lead, a lost
forest road, an update printed before its incident, a day total changed) are applied to the
`pdftotext -layout` text. Run: python tests/documents/blind_logs44/mutate_check_blind_logs44.py
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
import check_blind_logs44 as C  # noqa: E402


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
    g[-1]["sample_records"][2]["reported_at"] = "01/01/1999 0000"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_disp(g):
    g[0]["sample_records"][0]["disposition"] = "Exceptionally cleared"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_sample_id(g):
    g[0]["sample_records"][1]["case_number"] = g[0]["case_numbers"][1] + "0"


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_disp, m_pages, m_dup, m_sample_id]


def fails(dst):
    return (
        subprocess.run(
            [sys.executable, str(SRC / "check_blind_logs44.py"), "--dir", str(dst)], capture_output=True
        ).returncode
        != 0
    )


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
            if fails(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)

# an update line's id counted as a second record of the same incident
with tempfile.TemporaryDirectory() as tmp:
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    gp = dst / "owyhee-rim-county-or-so" / "groundtruth.json"
    g = json.loads(gp.read_text())
    t = C.run(["pdftotext", "-layout", str(SRC / "owyhee-rim-county-or-so" / g[0]["file"]), "-"])
    upd = re.search(r"UPDATE +(OR25-\d{5})", t).group(1)
    g[0]["case_numbers"].insert(g[0]["case_numbers"].index(upd) + 1, upd)
    g[0]["record_count"] += 1
    gp.write_text(json.dumps(g))
    ok = fails(dst)
    caught += ok
    missed += not ok
    if not ok:
        print("MISSED update line counted as a record")

# remove a folder; change one byte of a PDF
for action in ("rmdir", "pdf"):
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "s"
        shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
        if action == "rmdir":
            shutil.rmtree(dst / folders[0])
        else:
            pdf = next((dst / folders[1]).glob("*.pdf"))
            data = bytearray(pdf.read_bytes())
            data[-10] ^= 1
            pdf.write_bytes(bytes(data))
        ok = fails(dst)
        caught += ok
        missed += not ok
        if not ok:
            print("MISSED", action)


def move_update_first(t):
    m = re.search(r"^.*UPDATE +OR25-\d{5}.*\n", t, re.M)
    return t[: t.find("NEW")] + m.group(0) + t[t.find("NEW") :]


MUT = {
    "tillicum-falls-wa-pd": lambda t: re.sub(r"^( *)> (TF25-\d{5})", r"\1\2", t, count=1, flags=re.M),
    "pine-hollow-id-pd-newsletter": lambda t: re.sub(
        r"(Log 25-\d{4} \u00b7 \w+\. \w+\. \d+),", r"\1, 2025,", t, count=1
    ),
    "kettle-crest-ranger-district-mt": lambda t: re.sub(r"Area: +Forest Road \d+, ", "Area:  ", t, count=1),
    "owyhee-rim-county-or-so": move_update_first,
    "juniper-butte-nv-pd": lambda t: re.sub(
        r"(Calls \d\d/\d\d/2025: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), t, count=1
    ),
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
        print("MISSED layout trap", f)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
