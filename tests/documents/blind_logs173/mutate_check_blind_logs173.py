"""Mutation runs for check_blind_logs173.py: each broken copy of the set must fail the check.

Ground-truth mutations (ids listed in the order a reader of field values or of the content stream would
give them instead of reading order, a dropped, swapped, duplicated or repeated id, a wrong sample
location, type or date, sha256, page count or record count, an unprinted related number, an id listed as
related, a non-record number listed as a record, a missing agency folder) run the real check on a copy
in a temporary folder; trap mutations (two per layout, applied to what the check reads from the file and
fed to the layout check: Chalkridge's case numbers put into the page content as if flattened, its widgets
listed row by row; Wexcombe's form fields kept, its values painted before the labels; Ostrander's late
entries printed in the page content, its printed total changed; Brindle Creek's day list split over
several fields, its item numbers run on across sheets; Vellacourt's covered wrong values taken out of
the content stream, a correction laid over a case number).
Run: python tests/documents/blind_logs173/mutate_check_blind_logs173.py
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
import check_blind_logs173 as C  # noqa: E402


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
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]}
    )


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
    """List a non-record number (a related number, else a row or item number) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


OTHER_ORDER = {}  # folder -> ids in the order a field-value or content-stream reader gives them


def m_other_order(g, folder):
    g[0]["case_numbers"] = OTHER_ORDER[folder]


MUTS = [m_other_order, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs173.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def read(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    return e, C.facts(SRC / folder / e["file"])


def other_order(folder, e, f):
    """Ids as a reader of annotations in list order (all values of a page's annotations, widgets column by
    column) or of the content stream followed by the annotations would list them."""
    out = []
    for p, anns in enumerate(f["annots"]):
        text = f["content"][p] + "\n" + "\n".join(a["value"] + "\n" + a["contents"] for a in anns)
        out += [x for x in C.IDS[folder].findall(text) if x not in out]
    if out == e["case_numbers"]:  # same order either way: list them sorted, or reversed if already sorted
        out = sorted(out) if sorted(out) != out else out[::-1]
    return out


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
FACTS = {}
for fo in folders:
    e, f = read(fo)
    FACTS[fo] = (e, f)
    OTHER_ORDER[fo] = other_order(fo, e, f)
    assert OTHER_ORDER[fo] != e["case_numbers"], fo

caught = missed = 0
for fo in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / fo / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, fo) if m is m_other_order else m(g)
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", fo, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def t_chalk_flat(f, e):
    """The case numbers of the first sheet in the page content, as if the form had been flattened."""
    f["content"][0] += "\n" + "\n".join(i for i in e["case_numbers"] if i in f["pages"][0])
    return f


def t_chalk_rows(f, e):
    """The first sheet's widgets listed row by row."""
    key = {a["name"]: (a["name"].split(".")[-1], a["name"]) for a in f["annots"][0]}
    f["annots"][0] = sorted(f["annots"][0], key=lambda a: key[a["name"]])
    return f


def t_wex_fields(f, e):
    """The form not flattened: its fields still there."""
    f["acroform"] = True
    f["annots"][1].append({"subtype": "Widget", "name": "c1", "value": e["case_numbers"][4], "contents": "",
                           "ff": 0, "box": (0, 0, 1, 1)})
    return f


def t_wex_order(f, e):
    """Page 2's values painted before its labels."""
    chars = f["chars"][1]
    cut = chars.rfind("DEPUTY:") + len("DEPUTY:")
    f["chars"][1] = chars[cut:] + chars[:cut]
    return f


def t_ost_printed(f, e):
    """The late entries printed in the page content."""
    for p, anns in enumerate(f["annots"]):
        f["content"][p] += "\n".join(a["contents"] for a in anns if a["subtype"] == "FreeText")
    return f


def t_ost_total(f, e):
    """The printed total counting the late entries too."""
    n = len(e["case_numbers"])
    f["full"] = re.sub(r"Entries in this log: \d+\.", f"Entries in this log: {n}.", f["full"])
    f["pages"] = f["full"].split("\f")[:-1]
    return f


def t_brindle_split(f, e):
    """A sheet's items in a field each."""
    for anns in f["annots"]:
        multi = [a for a in anns if a["subtype"] == "Widget" and int(a["ff"] or 0) & 4096]
        items = multi[0]["value"].split("\r")
        if len(items) > 2:
            multi[0]["value"] = items[0]
            anns.append(dict(multi[0], name="Incidents_more", value="\r".join(items[1:])))
            return f
    return f


def t_brindle_numbers(f, e):
    """Item numbers run on from sheet to sheet."""
    k = 0
    pages = []
    for text in f["pages"]:
        def renum(m):
            nonlocal k
            k += 1
            return f"{m.group(1)}{k}. {m.group(3)}"
        pages.append(re.sub(r"(?m)^( *)(\d{1,2})\. (26M-\d{4} - )", renum, text))
    f["pages"] = pages
    f["full"] = "\f".join(pages) + "\f"
    return f


def t_vell_under(f, e):
    """The covered wrong values gone from the content stream (as if the page had been re-typed)."""
    for p, anns in enumerate(f["annots"]):
        boxes = [a["box"] for a in anns if a["subtype"] == "FreeText"]
        f["words"][p] = [w for w in f["words"][p] if not any(C.overlap(b, w[1:]) for b in boxes)]
    return f


def t_vell_id(f, e):
    """A correction laid over a case number."""
    w = next(w for w in f["words"][0] if C.IDS["vellacourt-me-pd"].fullmatch(w[0]))
    a = next(a for a in f["annots"][0] if a["subtype"] == "FreeText")
    a["box"] = (w[1], w[2], w[3] + 30, w[4])
    return f


TRAP = {
    "chalkridge-vt-pd": [t_chalk_flat, t_chalk_rows],
    "wexcombe-county-wy-so": [t_wex_fields, t_wex_order],
    "ostrander-falls-ny-pd": [t_ost_printed, t_ost_total],
    "brindle-creek-mt-marshal": [t_brindle_split, t_brindle_numbers],
    "vellacourt-me-pd": [t_vell_under, t_vell_id],
}
for fo, muts in TRAP.items():
    e, f = FACTS[fo]
    assert not C.check_layout(fo, e["file"], e, f), fo
    for mut in muts:
        f2 = mut(copy.deepcopy(f), e)
        assert f2 != f, (fo, mut.__name__)
        out = C.check_layout(fo, e["file"], e, f2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", fo, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
