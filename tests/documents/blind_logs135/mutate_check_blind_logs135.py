"""Mutation runs for check_blind_logs135.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped or duplicated id, a wrong sample location, type or date,
sha256, page count or record count, an unprinted related number, an id listed as related, a related
number listed as a record, a missing agency folder) run the real check on a copy in a temporary
folder, for every agency; trap mutations are applied to the `pdftotext -layout` text and fed to the
text check: a soft-wrapped CSV continuation line made to look like a row, a CAD number moved to the
neighbouring row; a JSON prior-incident link printed as an `incident_number`, the export's
`record_count` changed; an XML supplement repeating another incident's number, the root `count`
changed; an audit UPDATE line turned into a CREATE line, a CLOSE line for an incident never created;
the fixed-width layout page's example record un-indented, the trailer count changed.
Run: python tests/documents/blind_logs135/mutate_check_blind_logs135.py
"""

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs135 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "77 Nowhere Blvd"


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("2025", "2024", 1)


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_pages(g):
    g[0]["pages"] += 1


def m_count(g):
    g[0]["record_count"] += 1


def m_rel_unprinted(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_id_as_related(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][1], "kind": "citation",
                                    "number": g[0]["case_numbers"][0]})


def m_related_as_record(g):
    r = g[0]["related_numbers"][0]
    g[0]["case_numbers"].insert(g[0]["case_numbers"].index(r["record"]) + 1, r["number"])
    g[0]["record_count"] += 1


def m_related_wrong_record(g):
    r = g[0]["related_numbers"][0]
    r["record"] = g[0]["case_numbers"][-1] if r["record"] != g[0]["case_numbers"][-1] else g[0]["case_numbers"][0]


GT_MUTATIONS = [m_drop, m_swap, m_dup, m_loc, m_type, m_date, m_sha, m_pages, m_count, m_rel_unprinted,
                m_id_as_related, m_related_as_record, m_related_wrong_record]


# text mutations of the traps: (folder, name, function(text, gt entry) -> text)
def t_csv_fake_row(text, g):
    lines = text.split("\n")
    k = next(i for i, ln in enumerate(lines) if ln.startswith('"') and not re.match(r'^"(WF25-\d{5}|incident_no)"', ln))
    lines[k] = '"WF25-09999",' + lines[k]
    return "\n".join(lines)


def t_csv_cad_moved(text, g):
    cads = [r["number"] for r in g["related_numbers"] if r["kind"] == "CAD event number"]
    a, b = cads[0], cads[1]
    return text.replace(a, "#A#").replace(b, a).replace("#A#", b) if a in text and b in text else text + "\n" + a


def t_json_prior_as_id(text, g):
    return re.sub(r'\{"type": "Prior incident", "number": "(MC25-\d{6})"\}', r'"incident_number": "\1",', text, count=1)


def t_json_total(text, g):
    return re.sub(r'"record_count": (\d+),', lambda m: f'"record_count": {int(m.group(1)) + 1},', text)


def t_xml_sup_other(text, g):
    ids = g["case_numbers"]
    lines = text.split("\n")
    k = next(i for i, ln in enumerate(lines) if ln.strip() == "<Supplement>")
    cur = re.search(r"<IncidentNo>([^<]+)<", lines[k + 1]).group(1)
    other = ids[0] if cur != ids[0] else ids[1]
    lines[k + 1] = lines[k + 1].replace(cur, other)
    return "\n".join(lines)


def t_xml_total(text, g):
    return re.sub(r'count="(\d+)">', lambda m: f'count="{int(m.group(1)) - 1}">', text, count=1)


def t_audit_update_as_create(text, g):
    return text.replace("op=UPDATE", "op=CREATE", 1)


def t_audit_orphan_close(text, g):
    lines = text.split("\n")
    k = next(i for i, ln in enumerate(lines) if "op=CLOSE" in ln)
    lines[k] = re.sub(r'inc="HP-25-\d{4}"', 'inc="HP-25-9999"', lines[k])
    return "\n".join(lines)


def t_fixed_example(text, g):
    return re.sub(r"(?m)^\s+D CC25000000 ", "D CC25000000 ", text)


def t_fixed_total(text, g):
    return re.sub(r"(?m)^T (\d{6})$", lambda m: f"T {int(m.group(1)) + 1:06d}", text)


TEXT_MUTATIONS = [
    ("wexley-forks-oh-pd", t_csv_fake_row), ("wexley-forks-oh-pd", t_csv_cad_moved),
    ("marrick-county-ks-so", t_json_prior_as_id), ("marrick-county-ks-so", t_json_total),
    ("brandle-valley-vt-pd", t_xml_sup_other), ("brandle-valley-vt-pd", t_xml_total),
    ("halloway-port-wa-harbor-police", t_audit_update_as_create), ("halloway-port-wa-harbor-police", t_audit_orphan_close),
    ("corrow-county-nd-so", t_fixed_example), ("corrow-county-nd-so", t_fixed_total),
]


def main():
    total, caught, missed = 0, 0, []
    base = C.check_set(SRC)
    if base:
        print("the unmutated set fails the check:", base[:5])
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for folder in C.FOLDERS:
            for mut in GT_MUTATIONS:
                root = Path(tmp) / f"{folder}-{mut.__name__}"
                for f in C.FOLDERS:
                    shutil.copytree(SRC / f, root / f)
                gtp = root / folder / "groundtruth.json"
                g = json.loads(gtp.read_text())
                mut(g)
                gtp.write_text(json.dumps(g, indent=2))
                total += 1
                if C.check_set(root):
                    caught += 1
                else:
                    missed.append(f"{folder}: {mut.__name__}")
                shutil.rmtree(root)
            root = Path(tmp) / f"removed-{folder}"
            for f in C.FOLDERS:
                if f != folder:
                    shutil.copytree(SRC / f, root / f)
            total += 1
            if C.check_set(root):
                caught += 1
            else:
                missed.append(f"removed folder {folder}")
            shutil.rmtree(root)
    for folder, mut in TEXT_MUTATIONS:
        g = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
        text = C.pdftext(SRC / folder / g["file"])
        assert not C.check_text(folder, g, text), folder
        new = mut(text, g)
        total += 1
        if new != text and C.check_text(folder, g, new):
            caught += 1
        else:
            missed.append(f"{folder}: {mut.__name__}")
    for m in missed:
        print("NOT CAUGHT", m)
    print(f"{caught}/{total} mutations caught")
    return 0 if caught == total else 1


if __name__ == "__main__":
    sys.exit(main())
