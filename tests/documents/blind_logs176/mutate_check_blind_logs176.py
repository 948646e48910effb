"""Mutation runs for check_blind_logs176.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids as a naive reading lists them: every id-shaped number in the typed text
and the captures in print order, repeats and caption numbers included; a dropped, swapped, duplicated or
repeated id, a wrong sample location, type or date, sha256, page count or record count, an unprinted
related number, an id listed as related to itself, a non-record number listed as a record, a capture's
recorded text changed, a capture's pixel hash changed, a missing agency folder) run the real check
(without tesseract) on a copy in a temporary folder; trap mutations (two per layout, applied to the
typed page texts or the recorded capture text and fed to the layout check: Alderwick's caption range
moved onto a listed id, a status-bar count changed; Brennock's record counter repeated, a linked
incident taken out of its window; Corrigan's repeated rows dropped from a scrolled capture, a capture's
cut row removed; Dunmore's detail pane naming a row of another page, its detail pane removed; Elsmere's
right-hand capture missing a row, its captions' left and right swapped).
Run: python tests/documents/blind_logs176/mutate_check_blind_logs176.py
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
import check_blind_logs176 as C  # noqa: E402


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
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][0], "kind": "prior", "number": g[0]["case_numbers"][0]})


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
    """List a non-record number (a related number, else the status bar's row count) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "20"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_capline(g):
    """A capture's recorded text with one id changed."""
    cap = g[0]["captures"][-1]
    for k, ln in enumerate(cap["lines"]):
        hit = [i for i in g[0]["case_numbers"] if i in ln]
        if hit:
            cap["lines"][k] = ln.replace(hit[0], hit[0][:-1] + str((int(hit[0][-1]) + 1) % 10))
            break


def m_pixels(g):
    g[0]["captures"][0]["pixels_sha256"] = "f" * 64


NAIVE = {}  # folder -> every id-shaped number in print order (typed text and captures), repeats kept


def m_naive(g, folder):
    g[0]["case_numbers"] = NAIVE[folder]
    g[0]["record_count"] = len(NAIVE[folder])


MUTS = [m_naive, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec,
        m_repeat, m_capline, m_pixels]


def run_check(dst, only=None):
    args = [sys.executable, str(SRC / "check_blind_logs176.py"), "--dir", str(dst), "--no-ocr"]
    return subprocess.run(args + (["--only", only] if only else []), capture_output=True).returncode


def texts(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    return e, C.page_texts(SRC / folder / e["file"], e["pages"])


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, pts = texts(f)
    naive = []
    for p, t in enumerate(pts, 1):
        naive += C.IDS[f].findall(t)
        for c in e["captures"]:
            if c["page"] == p:
                naive += C.IDS[f].findall("\n".join(c["lines"]))
    NAIVE[f] = naive
    assert naive != e["case_numbers"], f

caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_naive else m(g)
            gp.write_text(json.dumps(g))
            if run_check(dst, f):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst, folders[1])
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def t_ald_range(e, pts, caps):
    """The first caption's range starts on a listed id."""
    lo = re.search(r"case numbers (26-\d{5}) to", pts[1]).group(1)
    first = C.rows("alderwick-wa-pd", caps[0])[0][0]
    pts[1] = pts[1].replace(lo, first)
    caps[0]["lines"] = [ln.replace(lo, first) for ln in caps[0]["lines"]]


def t_ald_status(e, pts, caps):
    caps[1]["lines"] = [re.sub(r"^(\d+)(?= record\(s\) found)", lambda m: str(int(m.group(1)) + 1), ln)
                        for ln in caps[1]["lines"]]


def t_bren_counter(e, pts, caps):
    caps[2]["lines"] = [ln.replace("Record 3 of", "Record 2 of") for ln in caps[2]["lines"]]


def t_bren_linked(e, pts, caps):
    k = next(k for k, c in enumerate(caps) if any(re.match(r"Linked incident:  BC26-", ln) for ln in c["lines"]))
    caps[k]["lines"] = ["Linked incident:" if ln.startswith("Linked incident:") else ln for ln in caps[k]["lines"]]


def t_corr_overlap(e, pts, caps):
    """The second capture without the rows it repeats from the first."""
    first = {i for i, _ in C.rows("corrigan-falls-vt-pd", caps[0])}
    out, skip = [], False
    for ln in caps[1]["lines"]:
        m = C.ROW["corrigan-falls-vt-pd"].match(ln)
        if m:
            skip = m.group("id") in first
        elif C.STOP["corrigan-falls-vt-pd"].match(ln):
            skip = False
        if not skip:
            out.append(ln)
    caps[1]["lines"] = out


def t_corr_cut(e, pts, caps):
    caps[2]["cut_text"] = []


def t_dun_pane(e, pts, caps):
    other = C.rows("dunmore-township-pa-pd", caps[1])[0][0]
    caps[0]["lines"] = [re.sub(r"^Case #:  \S+", f"Case #:  {other}", ln) for ln in caps[0]["lines"]]


def t_dun_nopane(e, pts, caps):
    caps[2]["lines"] = [ln for ln in caps[2]["lines"] if not ln.startswith("Case #:  ")]


def t_els_row(e, pts, caps):
    rid = C.rows("elsmere-harbor-me-pd", caps[1])[4][0]
    caps[1]["lines"] = [ln for ln in caps[1]["lines"] if not ln.startswith(rid + "  ")]


def t_els_caption(e, pts, caps):
    pts[1] = pts[1].replace("scrolled left", "scrolled XX").replace("scrolled right", "scrolled left").replace(
        "scrolled XX", "scrolled right")


TRAP = {
    "alderwick-wa-pd": [t_ald_range, t_ald_status],
    "brennock-county-mt-so": [t_bren_counter, t_bren_linked],
    "corrigan-falls-vt-pd": [t_corr_overlap, t_corr_cut],
    "dunmore-township-pa-pd": [t_dun_pane, t_dun_nopane],
    "elsmere-harbor-me-pd": [t_els_row, t_els_caption],
}
for f, muts in TRAP.items():
    e, pts = texts(f)
    assert not C.check_layout(f, e["file"], e, pts, e["captures"]), f
    for mut in muts:
        pts2, caps2 = list(pts), copy.deepcopy(e["captures"])
        mut(e, pts2, caps2)
        assert (pts2, caps2) != (pts, e["captures"]), (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, pts2, caps2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
