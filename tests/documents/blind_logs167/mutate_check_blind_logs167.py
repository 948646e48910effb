"""Mutation runs for check_blind_logs167.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids listed in the order a line-by-line or as-printed reading gives instead of
reading order: for Fenmarsh the cards read across both columns, elsewhere the turned page's records moved to
the end; a dropped, swapped, duplicated or repeated id, a wrong sample location, type or date, sha256, page
count or record count, an unprinted related number, an id listed as related, a related number or a page
ordinal listed as a record, the turned page listed at another page or another angle, a missing agency
folder) run the real check on a copy in a temporary folder (OCR comes from the cache, keyed by the PDF's
bytes); trap mutations (two per layout, applied to the OCR text of the pages and fed to the layout check:
Brindlecombe's turned page read as it is, its fax header taken off the as-is text; Kestrelmoor's text layer
replaced by the true text, its broken blocks' page markers removed; Wendlebury's backs given a record, no
show-through on the backs; Quenby's stamp number dropped from page 1, an item renumbered; Fenmarsh's
continuation cards read as first cards, the columns swapped on a page).
Run: python tests/documents/blind_logs167/mutate_check_blind_logs167.py
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
import check_blind_logs167 as C  # noqa: E402


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
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]})


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
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_turn_page(g):
    """The turned page listed as another page."""
    e = g[0]
    p, deg = next(iter(e["rotated_pages"].items()))
    e["rotated_pages"] = {str(int(p) % e["pages"] + 1): deg}


def m_turn_angle(g):
    """The turned page listed with the wrong angle (90 for 180, 180 for 90 or 270)."""
    e = g[0]
    p, deg = next(iter(e["rotated_pages"].items()))
    e["rotated_pages"] = {p: 90 if deg == 180 else 180}


PRINT_ORDER = {}  # folder -> ids in a wrong order an as-printed reading gives


def m_print_order(g, folder):
    g[0]["case_numbers"] = PRINT_ORDER[folder]


MUTS = [m_print_order, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat, m_turn_page, m_turn_angle]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs167.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def texts(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    pdf = SRC / folder / e["file"]
    d = C.read_pdf(folder, pdf, e)
    d["layer"] = C.run(["pdftotext", "-layout", str(pdf), "-"])
    d["dark"] = {p: C.dark_fraction(pdf, p) for p in e.get("blank_back_pages", [])}
    return e, d


def print_order(f, e, d):
    ids = e["case_numbers"]
    if f in C.HALVES:  # the cards read straight across both columns, row by row
        out = []
        for p in sorted(d["pages"]):
            left, _, right = d["pages"][p].partition("@@ column @@")
            a = [x for x in C.IDS[f].findall(left) if x in ids]
            b = [x for x in C.IDS[f].findall(right) if x in ids]
            for k in range(max(len(a), len(b))):
                out += a[k:k + 1] + b[k:k + 1]
        seen = []
        for x in out:
            if x not in seen:
                seen.append(x)
        return seen + [x for x in ids if x not in seen]
    p = int(next(iter(e["rotated_pages"])))  # the turned page read last, as a reader that skips it first would
    on = [x for x in ids if x in set(C.IDS[f].findall(d["pages"][p]))]
    return [x for x in ids if x not in on] + on


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
DATA = {}
for f in folders:
    e, d = texts(f)
    DATA[f] = (e, d)
    PRINT_ORDER[f] = print_order(f, e, d)
    assert PRINT_ORDER[f] != e["case_numbers"], f

caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_print_order else m(g)
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


def turned(e):
    return int(next(iter(e["rotated_pages"])))


def t_brind_asis(e, d):
    """The upside-down page used as it was scanned."""
    p = turned(e)
    d["pages"][p] = d["asis"][str(p)]


def t_brind_header(e, d):
    p = str(turned(e))
    d["asis"][p] = "\n".join(ln for ln in d["asis"][p].splitlines() if "FROM" not in ln)


def t_kest_layer(e, d):
    """A text layer that reads right (the OCR text itself with the ids put right)."""
    d["layer"] = "\n".join(d["pages"].values()) + "\n" + " ".join(f"INCIDENT NO. {x}" for x in e["case_numbers"])


def t_kest_broken(e, d):
    """Every block kept on one page: the page markers moved to just before a block start."""
    for p in list(d["pages"]):
        if p > 1:
            d["pages"][p - 1] += "\n" + "\n".join(
                ln for ln in d["pages"][p].split("INCIDENT NO.", 1)[0].splitlines())
            d["pages"][p] = "INCIDENT NO." + d["pages"][p].split("INCIDENT NO.", 1)[1] \
                if "INCIDENT NO." in d["pages"][p] else d["pages"][p]


def t_wend_back(e, d):
    d["pages"][2] += "\nReported 3/9/26 2359 hrs. Trespass at Grange hall. Incident 26-9999, unfounded.\n"


def t_wend_dark(e, d):
    d["dark"] = {p: 0.0 for p in d["dark"]}


def t_quen_stamp(e, d):
    req = e["related_numbers"][0]["number"]
    d["pages"][1] = d["pages"][1].replace(req, "")


def t_quen_item(e, d):
    for p in sorted(d["pages"]):
        t = d["pages"][p]
        new = re.sub(r"(?m)^(\W{0,40})(\d{1,3})(\W{1,12}26-\d{6})", lambda m: m.group(1) + str(int(m.group(2)) + 3)
                     + m.group(3), t)
        d["pages"][p] = new


def t_fen_cont(e, d):
    for p in d["pages"]:
        d["pages"][p] = re.sub(r"CARD\W{0,2}2\W{0,2}OF\W{0,2}2", "CARD 1 OF 1", d["pages"][p])


def t_fen_cols(e, d):
    for p in d["pages"]:
        left, sep, right = d["pages"][p].partition("@@ column @@")
        if right.strip():
            d["pages"][p] = right + sep + left
            break


TRAP = {
    "brindlecombe-vt-pd": [t_brind_asis, t_brind_header],
    "kestrelmoor-county-mt-so": [t_kest_layer, t_kest_broken],
    "wendlebury-ct-pd": [t_wend_back, t_wend_dark],
    "quenby-township-mi-pd": [t_quen_stamp, t_quen_item],
    "fenmarsh-county-ne-so": [t_fen_cont, t_fen_cols],
}
for f, muts in TRAP.items():
    e, d = DATA[f]
    assert not C.check_layout(f, e["file"], e, d), f
    for mut in muts:
        d2 = json.loads(json.dumps({"pages": {str(k): v for k, v in d["pages"].items()}, "asis": d["asis"],
                                    "layer": d["layer"], "dark": {str(k): v for k, v in d["dark"].items()}}))
        d2["pages"] = {int(k): v for k, v in d2["pages"].items()}
        d2["dark"] = {int(k): v for k, v in d2["dark"].items()}
        before = json.dumps(d2, sort_keys=True)
        mut(e, d2)
        assert json.dumps(d2, sort_keys=True) != before, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, d2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
