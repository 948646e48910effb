"""Mutation runs for check_blind_logs175.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids a naive reader would list: the first number of each row or paragraph,
every `Incident No.:` value, every item's first CAD number, every line-leading number; a dropped,
swapped, duplicated or repeated id, a wrong sample location, type or date, sha256, page count or record
count, an unprinted related number, a record listed as related to itself, `also_a_record` flipped, a
reference's kind changed, a reference moved to another record, a reference dropped, a related number
listed as a record, a missing agency folder) run the real check on a copy in a temporary folder; trap
mutations (two per layout, applied to the `pdftotext -layout` text and fed to the layout check:
Calderbrook's Linked cells moved right of the id, a cancelled call pointing back instead of forward;
Thistlewood's sub-blocks no longer indented, a sub-block's nature not that of the cited block;
Wendlebury's own id without its parentheses, a `Replaced by` pointing back; Okeford's items renumbered,
a cross-reference item citing the wrong item number; Dunmere's listing heading gone, a listing line gone).
Run: python tests/documents/blind_logs175/mutate_check_blind_logs175.py
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
import check_blind_logs175 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "cross_reference",
                                    "number": "ZZ99-1234", "also_a_record": False})


def m_count(g):
    g[0]["record_count"] += 1


def m_self(g):
    r = g[0]["related_numbers"][0]
    r["number"] = r["record"]
    r["also_a_record"] = True


def m_listed(g):
    r = g[0]["related_numbers"][0]
    r["also_a_record"] = not r["also_a_record"]


def m_kind(g):
    r = g[0]["related_numbers"][1]
    r["kind"] = "merged_into" if r["kind"] != "merged_into" else "duplicate_of"


def m_move(g):
    """A reference put on the record after the one that prints it."""
    e = g[0]
    r = e["related_numbers"][2]
    ids = e["case_numbers"]
    nxt = ids[ids.index(r["record"]) + 1]
    r["record"] = nxt if nxt != r["number"] else ids[ids.index(r["record"]) + 2]


def m_droprel(g):
    g[0]["related_numbers"].pop(3)


def m_date(g):
    g[-1]["sample_records"][2]["reported_at"] = "September 30, 1999 11:11"


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


def m_nonrec(g):
    """A related number that is no record listed as a record."""
    e = g[0]
    num = next(r["number"] for r in e["related_numbers"] if not r["also_a_record"])
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


NAIVE = {}  # folder -> the ids a naive reader lists


def m_naive(g, folder):
    g[0]["case_numbers"] = NAIVE[folder]
    g[0]["record_count"] = len(NAIVE[folder])


MUTS = [m_naive, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_self, m_listed, m_kind, m_move, m_droprel,
        m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs175.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def text(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    return e, C.run(["pdftotext", "-layout", str(SRC / folder / e["file"]), "-"])


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, full = text(f)
    NAIVE[f] = C.naive_ids(f, full)
    assert NAIVE[f] != e["case_numbers"], f

caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_naive else m(g)
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


def t_cald_right(full, e):
    """The Linked cells printed right of the incident number."""
    return re.sub(r"(?m)^( *)((?:DUP|MRG>|CXL>|SUPP|F/U|SEE|RFR) +\S+)( +)(26-\d{5})", r"\1\4\3\2", full)


def t_cald_back(full, e):
    """The last cancelled call replaced by the first incident of the log (an earlier one)."""
    last = list(re.finditer(r"(?m)^ *CXL> +(26-\d{5})", full))[-1]
    return full[:last.start(1)] + e["case_numbers"][0] + full[last.end(1):]


def t_this_dedent(full, e):
    return re.sub(r"(?m)^ {3,}(Incident No\.:)", r"\1", full)


def t_this_nature(full, e):
    ids = set(e["case_numbers"])

    def sub(m):
        return m.group(1) + ("Arson" if m.group(2) in ids and not sub.done else m.group(3)) + m.group(4)
    sub.done = False

    def once(m):
        out = sub(m)
        sub.done |= out != m.group(0)
        return out
    return re.sub(r"(?m)^( {3,}Incident No\.: +(2026-\d{6}) +Nature: +)(.+?)( +Reported: )", once, full)


def t_wend_paren(full, e):
    num = e["case_numbers"][10]
    return full.replace(f"({num})", num, 1)


def t_wend_back(full, e):
    first = e["case_numbers"][0]
    return re.sub(r"Replaced by 26-\d{4}\.", f"Replaced by {first}.", full, count=1)


def t_oke_renumber(full, e):
    return re.sub(r"(?m)^( *)12\.( +)", r"\g<1>13.\2", full, count=1)


def t_oke_item(full, e):
    return re.sub(r"(Cross-reference .*?\(item )(\d+)\)", lambda m: f"{m.group(1)}{int(m.group(2)) + 1})", full,
                  count=1)


def t_dun_head(full, e):
    return full.replace("CROSS-REFERENCE LISTING", "", 1)


def t_dun_line(full, e):
    return re.sub(r"(?m)^ *SO-26-\d{5} +\d\d/\d\d/\d\d \d\d:\d\d +SEEN ALSO FROM +SO-26-\d{5} *\n", "", full, count=1)


TRAP = {
    "calderbrook-mi-pd": [t_cald_right, t_cald_back],
    "thistlewood-county-ks-so": [t_this_dedent, t_this_nature],
    "wendlebury-vt-pd": [t_wend_paren, t_wend_back],
    "okeford-springs-az-pd": [t_oke_renumber, t_oke_item],
    "dunmere-county-ga-so": [t_dun_head, t_dun_line],
}
for f, muts in TRAP.items():
    e, full = text(f)
    assert not C.check_layout(f, e["file"], e, full), f
    for mut in muts:
        full2 = mut(full, e)
        assert full2 != full, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, full2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
