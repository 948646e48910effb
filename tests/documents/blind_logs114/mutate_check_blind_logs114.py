"""Mutation runs for check_blind_logs114.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number (CAD event, other agency's case, earlier case, property receipt, prior incident) listed as a
record, a record listed again where its number is printed again, a missing agency folder) run the
real check on a copy in a temporary folder; trap mutations (two per layout: the oddity removed from
the raw text, or the trap's structure broken) are applied to the `pdftotext -layout` text and fed
to the layout check.
Run: python tests/documents/blind_logs114/mutate_check_blind_logs114.py
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
import check_blind_logs114 as C  # noqa: E402


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
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = "09/30/2024 " + s["reported_at"].split()[1]


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    e = g[0]
    e["case_numbers"].insert(1, e["related_numbers"][0]["number"])
    e["record_count"] += 1


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_fw(g):
    """An id written with full-width digits (as the raw text layer may have it) instead of as read."""
    c = g[0]["case_numbers"]
    c[0] = "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in c[0])


def m_sup(g):
    """A superscript marker read as a digit of the number."""
    c = g[0]["case_numbers"]
    c[2] = c[2] + "1"


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat,
        m_fw, m_sup]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs114.py"), "--dir", str(dst)],
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


def inc(label):
    return lambda t: re.sub(rf"{label}(\d+)", lambda m: f"{label}{int(m.group(1)) + 1}", t, count=1)


TRAP = {  # text mutations that break each layout's trap (raw pdftotext text)
    "quarrel-bay-ca-pd": inc("Voided numbers: "),
    "lowther-county-ks-so": lambda t: re.sub(r"^(Case No\.: LC\u200b-25\u200b-)\d{4}( \(continued\))",
                                             r"\g<1>0001\2", t, count=1, flags=re.M),
    "ashgrove-vt-pd": lambda t: re.sub(r"Follow-up on AG25\u2212\d{4}:", "Follow-up on AG25\u22129999:", t, count=1),
    "morrow-falls-id-pd": lambda t: re.sub(r"property receipt PR-25-\d{4}", "property receipt PR-25-9999", t, count=1),
    "hadley-township-mi-pd": inc("Rows with a note line: "),
}
TRAP2 = {  # a second mutation of each trap: the Unicode oddity removed
    "quarrel-bay-ca-pd": lambda t: re.sub("[\uff10-\uff19]", lambda m: chr(ord(m.group()) - 0xFEE0), t),
    "lowther-county-ks-so": lambda t: t.replace("LC\u200b-25\u200b-", "LC-25-", 1),
    "ashgrove-vt-pd": lambda t: t.replace("AG25\u2212", "AG25-", 1),
    "morrow-falls-id-pd": lambda t: re.sub(rf"(Report 25-\d{{5}})[{C.SUPS}],", r"\1,", t, count=1),
    "hadley-township-mi-pd": lambda t: re.sub(r"^HT(\S)25\1(\d{5}) ", r"HT-25-\2 ", t, flags=re.M),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    assert not C.check_layout(f, e["file"], t, e, C.records(f, C.careful(t))), f
    t2 = mut(t)
    assert t2 != t, f
    out = C.check_layout(f, e["file"], t2, e, C.records(f, C.careful(t2)))
    caught += bool(out)
    missed += not out
    if not out:
        print("MISSED trap", f, mut)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
