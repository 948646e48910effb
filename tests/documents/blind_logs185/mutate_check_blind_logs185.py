"""Mutation runs for check_blind_logs185.py: each broken copy of the set must fail the check.

Ground-truth mutations (the ids listed as the package prints them: every printing, attached files in
attachment order, the CSV read line by line, Brindlecombe's placeholder page alone; a dropped, swapped, duplicated or repeated id, a wrong sample location, type or
date, sha256, page count or record count, an unprinted related number, an id listed as related, a related
number or a page ordinal listed as a record, an attachment's checksum, a missing agency folder) run the
real check on a copy in a temporary folder; trap mutations (two per layout, applied to the package as read
— page text, attached files, catalog facts — and fed to the layout check: Brindlecombe without its
/Collection, a record printed on its placeholder page; Ostwick's annotations in week order, a weekly
total changed; Tallowmere's CSV with its quoted line breaks joined, its summary count changed;
Hesketh's preview missing a row, its `first k of N` changed; Dunsfold's attached copy removed, a record
missing from the copy).
Run: python tests/documents/blind_logs185/mutate_check_blind_logs185.py
"""

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs185 as C  # noqa: E402


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
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_attach(g):
    g[0]["attachments"][0]["sha256"] = "f" * 64


PRINTED = {}  # folder -> ids as the package prints them: every printing, files in attachment order


def m_printed(g, folder):
    """The ids listed as printed in the package, not once each in reading order."""
    g[0]["case_numbers"] = PRINTED[folder]
    g[0]["record_count"] = len(PRINTED[folder])


MUTS = [m_printed, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat, m_attach]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs185.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def read(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    return e, C.package(SRC / folder / e["file"])


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, pkg = read(f)
    if f == "brindlecombe-ca-pd":  # one log file: the placeholder page read alone
        PRINTED[f] = C.IDS[f].findall(pkg["cover"])
        continue
    ids = [num for num, _ in C.recs_of(f, pkg["cover"])] if f == "dunsfold-vt-pd" else C.IDS[f].findall(pkg["cover"])
    for a in pkg["tree"] + pkg["annots"]:
        if a["name"].endswith(".csv"):  # read line by line: continuation lines that start like a row count too
            ids += re.findall(r"(?m)^(TM26-\d{5}),", a["text"])
        elif a["data"].startswith(b"%PDF"):
            ids += [num for num, _ in C.recs_of(f, a["text"])]
    PRINTED[f] = ids
    assert PRINTED[f] != e["case_numbers"], f

caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_printed else m(g)
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


def t_brind_nocoll(e, pkg):
    pkg["collection"] = False


def t_brind_cover(e, pkg):
    ids = e["case_numbers"]
    pkg["cover"] += f"\n{ids[0]}    03/09/2026 09:49    03/09/2026 09:40    Theft    Town green    Report taken\n"


def t_ost_order(e, pkg):
    pkg["annots"] = sorted(pkg["annots"], key=C.week_key)


def t_ost_total(e, pkg):
    a = pkg["annots"][0]
    a["text"] = re.sub(r"(Incidents this week: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), a["text"])


def t_tal_join(e, pkg):
    a = next(x for x in pkg["tree"] if x["name"].endswith(".csv"))
    rows = C.csv_rows(a["text"])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows([[c.replace("\n", " ") for c in row] for row in rows])
    a["text"] = buf.getvalue()


def t_tal_count(e, pkg):
    pkg["cover"] = re.sub(r"(Records exported: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) - 1), pkg["cover"])


def t_hes_row(e, pkg):
    pkg["cover"] = "\n".join(ln for ln in pkg["cover"].splitlines() if e["case_numbers"][2] not in ln)


def t_hes_of(e, pkg):
    pkg["cover"] = re.sub(r"first (\d+) of (\d+)", lambda m: f"first {m.group(1)} of {int(m.group(2)) + 2}",
                          pkg["cover"])


def t_dun_nocopy(e, pkg):
    pkg["tree"], pkg["annots"] = [], []


def t_dun_copy(e, pkg):
    for a in pkg["tree"] + pkg["annots"]:
        a["text"] = a["text"].replace(f"Report {e['case_numbers'][10]},", "Report withheld,")


TRAP = {
    "brindlecombe-ca-pd": [t_brind_nocoll, t_brind_cover],
    "ostwick-county-mt-so": [t_ost_order, t_ost_total],
    "tallowmere-wa-pd": [t_tal_join, t_tal_count],
    "hesketh-township-mi-pd": [t_hes_row, t_hes_of],
    "dunsfold-vt-pd": [t_dun_nocopy, t_dun_copy],
}
for f, muts in TRAP.items():
    e, pkg = read(f)
    assert not C.check_layout(f, e["file"], e, pkg), f
    for mut in muts:
        p2 = json.loads(json.dumps({k: v for k, v in pkg.items() if k not in ("tree", "annots")}))
        p2["tree"] = [dict(a) for a in pkg["tree"]]
        p2["annots"] = [dict(a) for a in pkg["annots"]]
        mut(e, p2)
        assert p2 != pkg, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, p2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
