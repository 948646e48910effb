"""Mutation runs for check_blind_logs168.py: each broken copy of the set must fail the check.

Ground-truth mutations run the real check on a copy in a temporary folder: a dropped, swapped,
duplicated or repeated id, a wrong sample location, type or date, sha256, page count or record count, an
unprinted related number, an id listed as related, a non-record number (a number hidden under a box,
else a related number) listed as a record, a withheld field given its exemption code as the value, a
sample's `withheld` dropped, and per agency: Santa Orella's hidden address given as a sample's location
and a hidden prior number listed as related; Quintero's withheld disposition claimed for a sample that
shows one; Bellasol's withheld-in-full entries declared records; Mesa Linda's partly redacted id
completed with guessed digits and its entry dropped from `partly_redacted_ids`; Port of Almira's
withheld-in-full rows dropped from the ids and a redaction-log line dropped; plus a removed agency folder.
Trap mutations (two per layout) are applied to the `pdftotext -layout` text or the box data of the pages
and fed to the layout check: Santa Orella's boxes emptied (a proper redaction) and a hidden number made
visible; Quintero's cover with a block on it and a code missing from the legend; Bellasol's
withheld-in-full bar given a number and one bar taken away; Mesa Linda's `(WIC 827)` taken off a partly
redacted number and an item renumbered; Port of Almira's redaction log missing a line and a withheld row
printed with a date.
Run: python tests/documents/blind_logs168/mutate_check_blind_logs168.py
"""

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs168 as C  # noqa: E402


def m_drop(g, f):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g, f):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g, f):
    g[0]["sample_records"][0]["location"] = "Nowhere Hall"


def m_sha(g, f):
    g[0]["sha256"] = "0" * 64


def m_rel(g, f):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g, f):
    g[0]["record_count"] += 1


def m_both(g, f):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][1], "kind": "prior",
                                    "number": g[0]["case_numbers"][0]})


def m_date(g, f):
    g[0]["sample_records"][2]["reported_at"] = "September 30, 1999 11:11"


def m_type(g, f):
    g[0]["sample_records"][0]["type"] = "Arson"


def m_pages(g, f):
    g[0]["pages"] += 1


def m_dup(g, f):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_repeat(g, f):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_nonrec(g, f):
    """List a non-record number (hidden under a box, else a related number, else a page ordinal) as a record."""
    e = g[0]
    num = (e.get("hidden_numbers") or [r["number"] for r in e["related_numbers"]] or ["1"])[0]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_code_value(g, f):
    """A withheld field given its exemption code as the value."""
    s = g[0]["sample_records"][1]
    key, code = next(iter(s["withheld"].items()))
    s[key] = code
    del s["withheld"][key]
    if not s["withheld"]:
        del s["withheld"]


def m_withheld_drop(g, f):
    del g[0]["sample_records"][1]["withheld"]


def m_hidden_loc(g, f):
    """Santa Orella: the address hidden under the box given as the sample's location."""
    e = g[0]
    raw = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
    s = e["sample_records"][1]
    line = next(ln for ln in raw.splitlines() if ln.strip().startswith(s["case_number"]))
    s["location"] = re.search(r"\b\d{3,4} [A-Z][a-z]+(?: [A-Z][a-z]+)* (?:St|Ave|Rd|Dr|Ln|Ct|Way|Verde)\b",
                              line).group()
    del s["withheld"]


def m_hidden_rel(g, f):
    e = g[0]
    e["related_numbers"].append({"record": e["case_numbers"][3], "kind": "prior", "number": e["hidden_numbers"][0]})


def m_claim_disp(g, f):
    """Quintero: the first sample said to have its disposition withheld."""
    s = g[0]["sample_records"][0]
    del s["disposition"]
    s["withheld"] = {"disposition": "WIC 827"}


def m_whole_records(g, f):
    g[0]["withheld_in_full"]["counted_as_records"] = True


def m_partial_full(g, f):
    """Mesa Linda: a partly redacted id completed with guessed digits."""
    e = g[0]
    p = e["partly_redacted_ids"][0]
    e["case_numbers"][p["record_index"]] = p["case_number"] + "00"
    p["case_number"] += "00"


def m_partial_unlisted(g, f):
    g[0]["partly_redacted_ids"].pop(1)


def m_whole_drop(g, f):
    e = g[0]
    for num in e["withheld_in_full"]["case_numbers"]:
        e["case_numbers"].remove(num)
        e["record_count"] -= 1


def m_log_row(g, f):
    g[0]["redaction_log"].pop(3)


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_repeat, m_nonrec,
        m_code_value, m_withheld_drop]
OWN = {"santa-orella-ca-pd": [m_hidden_loc, m_hidden_rel], "quintero-county-ca-so": [m_claim_disp],
       "bellasol-ca-pd": [m_whole_records], "mesa-linda-ca-pd": [m_partial_full, m_partial_unlisted],
       "port-almira-ca-harbor-pd": [m_whole_drop, m_log_row]}


CACHE = tempfile.TemporaryDirectory()  # box data of the unchanged PDFs, read once


def run_check(dst):
    env = dict(os.environ, BLIND168_CACHE=CACHE.name)
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs168.py"), "--dir", str(dst)],
                          capture_output=True, env=env).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
assert folders == sorted(OWN), folders
caught = missed = 0
for f in folders:
    for m in MUTS + OWN[f]:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            before = copy.deepcopy(g)
            m(g, f)
            assert g != before, (f, m.__name__)
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


def t_santa_proper(raw, info):
    """The boxes emptied: a proper redaction (no text under them)."""
    for p in info:
        p["hidden"], p["covered"] = [], 0
    return raw, info


def t_santa_visible(raw, info):
    """A hidden prior number made visible on the page."""
    num = next(w for p in info for w in p["hidden"] if re.fullmatch(r"S26-\d{5}", w))
    info[0]["visible"] += f"\n    see also {num}\n"
    return raw, info


def t_quintero_cover(raw, info):
    pages = raw.split("\f")
    pages[0] += "\nINCIDENT NO:   QSO-26-09999     REPORTED:   02/01/2026 00:01\n"
    return "\f".join(pages), info


def t_quintero_legend(raw, info):
    pages = raw.split("\f")
    pages[0] = re.sub(r"(?m)^ *PC 293 +.*$", "", pages[0])
    return "\f".join(pages), info


def t_bell_number(raw, info):
    return re.sub(r"(ENTRY WITHHELD IN FULL +- +\S+ \S+)", r"\1  Report B26-0999;", raw, count=1), info


def t_bell_bar(raw, info):
    return re.sub(r"(?m)^ *ENTRY WITHHELD IN FULL.*$", "", raw, count=1), info


def t_mesa_code(raw, info):
    return re.sub(r"(?m)^( *\d+\. +26-\d{4}) +\(WIC 827\)", r"\1", raw, count=1), info


def t_mesa_renumber(raw, info):
    return re.sub(r"(?m)^( *)7\.( +26-)", r"\g<1>8.\2", raw, count=1), info


def t_port_log(raw, info):
    return re.sub(r"(?m)^ *HP26-\d{5} +LOCATION +\S+ \S+ *\n", "", raw, count=1), info


def t_port_dated(raw, info):
    return re.sub(r"(?m)^( *HP26-\d{5}) +\*\*\* +ENTRY WITHHELD IN FULL - \S+ \S+ +\*\*\*",
                  r"\1 04/09/26 09:30 TRESPASS                  FUEL DOCK                   RPT   H12", raw, count=1), info


TRAP = {
    "santa-orella-ca-pd": [t_santa_proper, t_santa_visible],
    "quintero-county-ca-so": [t_quintero_cover, t_quintero_legend],
    "bellasol-ca-pd": [t_bell_number, t_bell_bar],
    "mesa-linda-ca-pd": [t_mesa_code, t_mesa_renumber],
    "port-almira-ca-harbor-pd": [t_port_log, t_port_dated],
}
for f, muts in TRAP.items():
    e = json.loads((SRC / f / "groundtruth.json").read_text())[0]
    pdf = SRC / f / e["file"]
    raw = C.run(["pdftotext", "-layout", str(pdf), "-"])
    info = C.read_pdf(pdf)
    assert not C.check_layout(f, e["file"], e, raw, info), f
    for mut in muts:
        raw2, info2 = mut(raw, copy.deepcopy(info))
        assert (raw2, info2) != (raw, info), (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, raw2, info2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
