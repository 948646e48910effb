"""Mutation runs for check_blind_logs130.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a
non-record number listed as a record, a number listed again where it is printed again, a missing
agency folder) run the real check on a copy in a temporary folder; trap mutations (two per layout:
a `+k more` box changed or an overflow call lost, a call-back note citing an unlisted report or a
tow slip changed, a holdover citing the wrong day or a citation changed, a memo citing an unlisted
call or every diary entry put back on its own hour's line, a call moved out of its watch or an
arrest total changed) are applied to the text the check reads (`pdftotext -layout`, box by box for
the grids) and fed to the layout check.
Run: python tests/documents/blind_logs130/mutate_check_blind_logs130.py
"""

import copy
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs130 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    s = g[0]["sample_records"][-1]
    s["location" if "location" in s else "type"] = "Nowhere Hall"


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
    s["reported_at"] = "02/28/2025 " + s["reported_at"].split()[1]


def m_time(g):
    s = g[0]["sample_records"][1]
    d, t = s["reported_at"].split()
    s["reported_at"] = f"{d} {(int(t) + 1) % 2400:04d}" if t[2:] != "59" else f"{d} {t[:2]}00"


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


NONREC = {"ashgrove-ks-pd": "0800-1200", "dunmore-falls-vt-pd": "555-0186"}


def m_nonrec(g):
    """List a non-record number (tow slip, citation, arrest number; else a printed non-record number)."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else NONREC[FOLDER]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_time, m_type, m_pages, m_dup, m_nonrec,
        m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs130.py"), "--dir", str(dst)],
                          capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for FOLDER in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / FOLDER / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", FOLDER, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def sub_first(st, pat, repl, test=None):
    """Apply re.sub once to the first stretch whose text matches pat (and test)."""
    for s in st:
        if re.search(pat, s["text"]) and (test is None or test(s)):
            s["text"] = re.sub(pat, repl, s["text"], count=1)
            return st
    raise AssertionError(pat)


def ash_more(t, st):
    return t, sub_first(st, r"\+(\d+) more", lambda m: f"+{int(m.group(1)) + 1} more")


def ash_lose(t, st):
    i = next(i for i, s in enumerate(st) if s["where"][0] == "page" and s["id"])
    return t, st[:i] + st[i + 1:]


def bel_note(t, st):
    return t, sub_first(st, r"^( *\d{4} +re #)2025-\d{4}", r"\g<1>2025-9999")


def bel_slip(t, st):
    return t, sub_first(st, r"slip T-\d{4}", "slip T-0000")


def car_hold(t, st):
    return t, sub_first(st, r"HOLDOVER from (DAY|NIGHT) \d\d/\d\d", r"HOLDOVER from \1 02/27")


def car_cit(t, st):
    return t, sub_first(st, r"Citation C-\d{6}", "Citation C-000000")


def dun_memo(t, st):
    return t, sub_first(st, r"re Log 25-\d{4}", "re Log 25-9999")


def dun_label(t, st):
    for s in st:
        if s["id"]:
            s["text"] = re.sub(r"^( *)\d\d( +)(\d\d)(\d\d Log )", r"\g<1>\3\2\3\4", s["text"])
    return t, st


def fen_watch(t, st):
    return t, sub_first(st, r"^( *)0(\d)(\d\d)( +F25-)", r"\g<1>1\2\3\4", lambda s: s["where"][2] == 0)


def fen_arrests(t, st):
    return re.sub(r"Arrests: (\d+)", lambda m: f"Arrests: {int(m.group(1)) + 1}", t, count=1), st


TRAPS = {"ashgrove-ks-pd": [ash_more, ash_lose], "bellmoor-twp-pa-pd": [bel_note, bel_slip],
         "carrow-county-id-so": [car_hold, car_cit], "dunmore-falls-vt-pd": [dun_memo, dun_label],
         "fenwick-ne-pd": [fen_watch, fen_arrests]}
for f, muts in TRAPS.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = SRC / f / e["file"]
    t = C.run(["pdftotext", "-layout", str(pdf), "-"])
    st = C.stretches(f, pdf, t)
    assert not C.check_layout(f, e["file"], t, e, st), f
    for mut in muts:
        t2, st2 = mut(t, copy.deepcopy(st))
        assert (t2, st2) != (t, st), (f, mut.__name__)
        out = C.check_layout(f, e["file"], t2, e, st2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
