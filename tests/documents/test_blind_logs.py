"""Incident logs of agencies in no corpus (tests/documents/blind_logs*/), each agency held to
the goals: case-number recall >= 0.95 and record count within 10%.

Each set was generated with its ground truth by someone who read neither the extractor nor
its case tables (see the set's README), and scored once before anyone read the extractor's
output on it (its README records that run). Scored by benchmarks/incident_logs.py (same
code). An agency below the goals is xfail with its measured figures, strict: once it meets
the goals the test fails until the mark is taken off.
"""
from __future__ import annotations

import importlib.util
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

_spec = importlib.util.spec_from_file_location(
    "incident_logs_bench", Path(__file__).resolve().parents[2] / "benchmarks" / "incident_logs.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

HERE = Path(__file__).resolve().parent
SETS = {p.name: p for p in sorted(HERE.glob("blind_logs*")) if p.is_dir()}
AGENCIES = [(s, g.parent.name) for s, p in SETS.items() for g in sorted(p.glob("*/groundtruth.json"))]

# Measured figures of agencies below the goals (set -> agency -> reason).
# blind_logs became a development set after its held-out run (5 of 6 agencies met the
# goals; its free-text watch log gave no rows, see its README); every agency meets them now.
BELOW_GOAL: dict[str, dict[str, str]] = {
    "blind_logs": {},
    # blind_logs2 became a development set after its held-out run (1 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs2": {},
    # blind_logs3 became a development set after its held-out run (4 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs3": {},
    # blind_logs4 became a development set after its held-out run (3 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs4": {},
    # blind_logs5 became a development set after its held-out run (3 of 4 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs5": {},
    # blind_logs6 became a development set after its held-out run (5 of 5 agencies met the
    # goals; fields 0.20-0.86, see its README).
    "blind_logs6": {},
    # blind_logs7 became a development set after its held-out run (4 of 5 agencies met the
    # goals; a blotter in two newspaper columns gave recall 0.52, see its README); every
    # agency meets them now.
    "blind_logs7": {},
    # blind_logs8 became a development set after its held-out run (4 of 5 agencies met the
    # goals; an activity report closing each paragraph with its number gave recall 0.916,
    # see its README); every agency meets them now.
    "blind_logs8": {},
    # blind_logs9 became a development set after its held-out run (4 of 5 agencies met the
    # goals; a case number printed in two columns, year and serial, gave recall 0.000, see
    # its README); every agency meets them now.
    "blind_logs9": {},
    # blind_logs10 became a development set after its held-out run (3 of 5 agencies met the
    # goals; a street index with house numbers before the item number gave recall 0.144, a
    # NIBRS export of one row per offence recall 0.000, see its README); every agency meets
    # them now.
    "blind_logs10": {},
    # blind_logs11 became a development set after its held-out run (3 of 5 agencies met the
    # goals; a daily bulletin of cards three across gave recall 0.000, a transposed matrix of
    # one incident per column recall 0.131, see its README); every agency meets them now.
    "blind_logs11": {},
    # blind_logs12's one held-out run met the goals on 5 of 5 agencies (fields 0.33-1.00).
    "blind_logs12": {},
    # blind_logs13 became a development set after its held-out run (3 of 5 agencies met the
    # goals; index lines numbered at the right margin and two-line events numbered on the
    # last line gave recall 0.000, see its README); every agency meets them now.
    "blind_logs13": {},
    # blind_logs14 became a development set after its held-out run (2 of 5 agencies met the
    # goals; a pre-printed daily form, web cards printed from a browser and ten bare digits
    # beside digit columns gave recall 0.000, see its README); every agency meets them now.
    "blind_logs14": {},
    # blind_logs15 became a development set after its held-out run (4 of 5 agencies met the
    # goals; a CAD audit extract of key=value lines gave recall 0.000, see its README); every
    # agency meets them now.
    "blind_logs15": {},
    # blind_logs16 became a development set after its held-out run (4 of 5 agencies met the
    # goals; a weekly summary of bullet sentences opening with their number in parentheses
    # gave recall 0.000, see its README); every agency meets them now.
    "blind_logs16": {},
    # blind_logs17 became a development set after its held-out run (4 of 5 agencies met the
    # goals; a watch log whose number stands mid-paragraph gave recall 0.626, see its
    # README); every agency meets them now.
    "blind_logs17": {},
    # blind_logs18 became a development set after its held-out run (4 of 5 agencies met the
    # goals; a word-processor table whose record number prints over two lines gave recall
    # 0.000, see its README); every agency meets them now.
    "blind_logs18": {},
    # blind_logs19 became a development set after its held-out run (1 of 5 agencies met the
    # goals; a press bulletin numbered inside its paragraphs, a call number before the case
    # number, newsletter blocks numbered last with a space inside the number and a printed
    # CSV export gave recall 0.000, see its README); every agency meets them now.
    "blind_logs19": {},
    # blind_logs20 became a development set after its held-out run (3 of 5 agencies met the
    # goals; a faxed listing whose title line layout text packs left of its rows and an
    # index of numbered items without blank lines between them gave recall 0.000, see its
    # README); every agency meets them now.
    "blind_logs20": {},
    # blind_logs21 became a development set after its held-out run (4 of 5 agencies met the
    # goals; a register whose column titles are in Spanish only, its dates day-first with
    # Spanish month names, gave recall 0.000, see its README); every agency meets them now.
    "blind_logs21": {},
    # blind_logs22's one held-out run met the goals on 5 of 5 agencies (fields 0.00-1.00).
    "blind_logs22": {},
    # blind_logs23 became a development set after its held-out run (4 of 5 agencies met the
    # goals; a harbor watch log whose incidents, among routine entries without a number,
    # close with their number under hanging indents gave recall 0.000, see its README);
    # every agency meets them now.
    "blind_logs23": {},
    # blind_logs24 became a development set after its held-out run (4 of 5 agencies met the
    # goals; a daily log opening with a military date-time group gave recall 0.000, the group
    # taken for the number, see its README); every agency meets them now.
    "blind_logs24": {},
    # blind_logs25 is a held-out set: the figures of its one held-out run, not read.
    # It met the goals on 5 of 5 agencies.
    "blind_logs25": {},
    # blind_logs26 became a development set after its held-out run (3 of 5 agencies met the
    # goals; a ranger report whose entries open with a bracketed time in a gutter, numbered
    # mid-entry, gave recall 0.000, and a fire log after the crime log running onto a page
    # of its own was lost, see its README); every agency meets them now.
    "blind_logs26": {},
    # blind_logs27 became a development set after its held-out run (2 of 5 agencies met the
    # goals; police news set in two or three text columns: a three-column newspaper log and
    # a two-column press bulletin whose number closes each story gave recall 0.000, a
    # three-column notebook 0.299, see its README); every agency meets them now.
    "blind_logs27": {},
    # blind_logs28 became a development set after its held-out run (5 of 5 agencies met the
    # goals, fields 0.00-1.00: teletype paragraphs numbered mid-sentence 0.00, blocks of
    # coded labels 0.20, see its README); every agency meets them still, fields 0.93-1.00.
    "blind_logs28": {},
    # blind_logs29 became a development set after its held-out run (5 of 5 agencies met the
    # goals, fields 0.25-1.00: a newsletter's notes led by a day, time and number 0.25, see
    # its README); every agency meets them still, fields 0.87-1.00.
    "blind_logs29": {},
    # blind_logs30, blind_logs31 and blind_logs32 became development sets after their held-out
    # runs (one extractor; 3 of 5 agencies each met the goals: calendars (a month grid, a week
    # a page in day columns, an agenda view) and paragraphs numbered at their end or
    # mid-sentence gave no records or none with its number, see their READMEs); every agency
    # meets them now.
    "blind_logs30": {},
    "blind_logs31": {},
    "blind_logs32": {},
    # blind_logs33, blind_logs34 and blind_logs35 became development sets after their held-out
    # runs (one extractor; 4, 2 and 4 of 5 agencies met the goals: a call list down the left
    # column then the right, a phone app's screens, a decimal outline, and two logs whose
    # second number series stands before the case number, see their READMEs); every agency
    # meets them now.
    "blind_logs33": {},
    "blind_logs34": {},
    "blind_logs35": {},
    # blind_logs36 and blind_logs37 became development sets after their held-out runs (one
    # extractor; 1 and 2 of 5 agencies met the goals: logs whose layout changes partway, a
    # table typed as ASCII art, a diary whose number is worded five ways, entries opening
    # "Incident record <number>" under a location line, unnumbered service-call rows, see
    # their READMEs); every agency meets them now.
    "blind_logs36": {},
    "blind_logs37": {},
    # blind_logs38 is a held-out set: the figures of its one held-out run (one extractor,
    # after the fixes on every earlier set); 5 of 5 agencies met the goals.
    "blind_logs38": {},
    # blind_logs39 became a development set after its held-out run (3 of 5 agencies met the
    # goals: a number whose letters and year join the serial with a dot, unit lines of clock
    # times under each call, see its README); every agency meets them now.
    "blind_logs39": {},
    # blind_logs40 to blind_logs44 became development sets after their held-out runs (one
    # extractor; 5, 5, 3, 1 and 4 of 5 agencies met the goals: a wide sheet printed in parts,
    # two pages to a sheet, sheriffs' logs counting entries that are no incidents, a shift
    # narrative and a journal of updates numbered as no reader knew, see their READMEs);
    # every agency meets them now.
    "blind_logs40": {},
    "blind_logs41": {},
    "blind_logs42": {},
    "blind_logs43": {},
    "blind_logs44": {},
    # blind_logs45 to blind_logs47 became development sets after their held-out runs (one
    # extractor; 1, 3 and 4 of 5 agencies met the goals: entries of other kinds counted as
    # records, a number led by its body's letters, a paragraph of incidents, exports printed
    # with their syntax, a journal of opened and continued incidents, see their READMEs);
    # every agency meets them now.
    "blind_logs45": {},
    "blind_logs46": {},
    "blind_logs47": {},
    # blind_logs48 is a held-out set (its one held-out run: 5 of 5 agencies); blind_logs49 and
    # blind_logs50 became development sets after theirs (the same extractor; 2 and 4 of 5:
    # tables side by side, sub-lines of vehicles, a date-dot-serial number, one column per
    # town, see their READMEs); every agency meets them now.
    "blind_logs48": {},
    "blind_logs49": {},
    "blind_logs50": {},
    # blind_logs51 is a held-out set (its one held-out run: 5 of 5 agencies); blind_logs52 and
    # blind_logs53 became development sets after theirs (the same extractor; 3 and 4 of 5: a
    # band numbering blocks over another body's number, a page at its own offset, a booklet,
    # see their READMEs); every agency meets them now.
    "blind_logs51": {},
    "blind_logs52": {},
    "blind_logs53": {},
    # blind_logs54 to blind_logs56 became development sets after their held-out run (4 of 5
    # agencies met the goals on each, see their READMEs); every agency meets them now.
    "blind_logs54": {},
    "blind_logs55": {},
    "blind_logs56": {},
    # blind_logs57 to blind_logs59 became development sets after their held-out run (4, 4 and 3 of 5
    # agencies met the goals, see their READMEs); every agency meets them now.
    "blind_logs57": {},
    "blind_logs58": {},
    "blind_logs59": {},
    # blind_logs60 to blind_logs62 became development sets after their held-out run (4, 3 and 4 of 5
    # agencies met the goals, see their READMEs); every agency meets them now.
    "blind_logs60": {},
    "blind_logs61": {},
    "blind_logs62": {},
    # blind_logs63 to blind_logs65 became development sets after their held-out run (4, 1 and 3 of 5
    # agencies met the goals, see their READMEs); every agency meets them now.
    "blind_logs63": {},
    "blind_logs64": {},
    "blind_logs65": {},
    # blind_logs66 and blind_logs68 became development sets after their held-out run (4 of 5
    # agencies met the goals on each, see their READMEs); every agency meets them now.
    # blind_logs67 is a held-out set, not read: 5 of 5 agencies met the goals in its held-out run.
    "blind_logs66": {},
    "blind_logs67": {},
    "blind_logs68": {},
    # blind_logs69 to blind_logs71 became development sets after their held-out run (3, 4 and 1 of 5
    # agencies met the goals, see their READMEs); every agency meets them now.
    "blind_logs69": {},
    "blind_logs70": {},
    "blind_logs71": {},
    # blind_logs72 to blind_logs74 became development sets after their held-out run (4, 4 and 1 of 5
    # agencies met the goals, see their READMEs); every agency but blind_logs74's
    # ferrow-valley (a page without a text layer) meets them now.
    "blind_logs72": {},
    "blind_logs73": {},
    "blind_logs74": {
        "ferrow-valley-or-pd": "held-out run: a scanned memo, one page without a text layer (recall 0.833)",
    },
    # blind_logs75 and blind_logs77 became development sets after their held-out run (4 of 5
    # agencies met the goals each: three shift columns side by side, paragraphs closed by a
    # bracketed reference, see their READMEs); every agency meets them now. blind_logs76 is a
    # held-out set: its one held-out run met the goals on 5 of 5 agencies (yearly logs).
    "blind_logs75": {},
    "blind_logs76": {},
    "blind_logs77": {},
    # blind_logs78 to blind_logs80 became development sets after their held-out run (1, 4 and 4
    # of 5 agencies met the goals; combined police, fire and EMS logs, narratives continued on
    # sheets after the log, an address history, see their READMEs); every agency meets them now.
    "blind_logs78": {},
    "blind_logs79": {},
    "blind_logs80": {},
    # blind_logs81 to blind_logs83 became development sets after their held-out run (2, 4 and 3
    # of 5 agencies met the goals; mixed lettered series, random code ids, screen captures, see
    # their READMEs); every agency meets them now.
    "blind_logs81": {},
    "blind_logs82": {},
    "blind_logs83": {},
    # blind_logs84 and blind_logs86 became development sets after their held-out run (4 and 1 of
    # 5 agencies met the goals; a bulletin numbering by district, hand-kept logs whose format
    # drifts, see their READMEs); every agency meets them now. blind_logs85 is a held-out set:
    # its one held-out run met the goals on 5 of 5 agencies (columns out of the usual order).
    "blind_logs84": {},
    "blind_logs85": {},
    "blind_logs86": {},
    # blind_logs87 to blind_logs89 are held-out sets: their one held-out run met the goals on
    # 5 of 5 agencies each (watermarked copies, report writers, annual-report appendices).
    "blind_logs87": {},
    "blind_logs88": {},
    "blind_logs89": {},
    # blind_logs90 is a held-out set: its one held-out run met the goals on 5 of 5 agencies
    # (logs printed newest first). blind_logs91 and blind_logs92 became development sets after
    # their held-out run (0 and 2 of 5 agencies met the goals: unit-centric dispatch logs, logs
    # sectioned by status, see their READMEs); every agency of both meets them now.
    "blind_logs90": {},
    "blind_logs91": {},
    "blind_logs92": {},
    # blind_logs93 to blind_logs95 became development sets after their held-out run (4, 3 and 3
    # of 5 agencies met the goals: fax and e-mail copies, natural-resource and waterway logs,
    # spreadsheets printed to PDF, see their READMEs); every agency meets them now.
    "blind_logs93": {},
    "blind_logs94": {},
    "blind_logs95": {},
    # blind_logs96 to blind_logs98 became development sets after their held-out run (3, 3 and 3
    # of 5 agencies met the goals: footnotes and code keys, arrest and booking logs, logs typed
    # in word processors, see their READMEs); every agency of blind_logs96 and blind_logs97
    # meets them now, and marbleton (98); the agency below keeps its held-out figures' reason.
    "blind_logs96": {},
    "blind_logs97": {},
    "blind_logs98": {},
    # blind_logs99 and blind_logs101 are held-out sets: their one held-out run met the goals on
    # 5 of 5 agencies each (unusual cell structure, the turn of a year). blind_logs100 became a
    # development set after its held-out run (3 of 5: shift briefing bulletins, see its README);
    # every agency meets them now.
    "blind_logs99": {},
    "blind_logs100": {},
    "blind_logs101": {},
    # blind_logs102 to blind_logs104 became development sets after their held-out run (4, 4 and
    # 3 of 5 agencies met the goals: records productions, crime-map and GIS exports,
    # line-printer reports, see their READMEs); every agency meets them now.
    "blind_logs102": {},
    "blind_logs103": {},
    "blind_logs104": {},
    # blind_logs105 and blind_logs106 became development sets after their held-out run (3 and 0
    # of 5 agencies met the goals: security services' logs, jail and detention-centre logs, see
    # their READMEs); every agency meets them now.
    "blind_logs105": {},
    "blind_logs106": {},
    # blind_logs107 to blind_logs109 became development sets after their held-out run (3, 3 and 1
    # of 5 agencies met the goals: CPRA productions with redactions, bilingual English and
    # Spanish logs, city departments other than police, see their READMEs); every agency meets
    # them now.
    "blind_logs107": {},
    "blind_logs108": {},
    "blind_logs109": {},
    # blind_logs110 and blind_logs111 became development sets after their held-out run (1 and 3
    # of 5 agencies met the goals: traffic collision and DUI enforcement logs, coroner and
    # death-investigation logs, see their READMEs); every agency meets them now. blind_logs112
    # is a held-out set: its one held-out run met the goals on 5 of 5 agencies (court exhibits on
    # pleading paper).
    "blind_logs110": {},
    "blind_logs111": {},
    "blind_logs112": {},
    # blind_logs113 and blind_logs118 are held-out sets: their one held-out run met the goals on
    # 5 of 5 agencies each (pages printed from a browser, statistical reports with listings).
    # blind_logs114 to blind_logs117 became development sets after their held-out run (0, 4, 3
    # and 2 of 5 agencies met the goals: text layers with Unicode oddities, pages printed several
    # to a sheet or rotated, CAD event chronologies, phone-app exports, see their READMEs);
    # every agency meets them now.
    "blind_logs113": {},
    "blind_logs114": {},
    "blind_logs115": {},
    "blind_logs116": {},
    "blind_logs117": {},
    "blind_logs118": {},
    # blind_logs119 to blind_logs124 became development sets after their held-out run (3, 3, 4,
    # 1, 0 and 2 of 5 agencies met the goals: logs with tracked changes shown, newspaper
    # blotters, task-force and mutual-aid logs, long-form incident reports, officers' daily
    # activity sheets, help-desk and ticketing exports, see their READMEs); every agency meets
    # them now (blind_logs124's wrenfield once the scorer read a number sign as no part of a
    # number, nothing in the readers changed for it).
    "blind_logs119": {},
    "blind_logs120": {},
    "blind_logs121": {},
    "blind_logs122": {},
    "blind_logs123": {},
    "blind_logs124": {},
    # blind_logs125 to blind_logs127 became development sets after their held-out run (3, 3 and 0
    # of 5 agencies met the goals: wide tables printed in horizontal panels, listings snaked into
    # column groups, several incidents listed in one line, see their READMEs); every agency
    # meets them now.
    "blind_logs125": {},
    "blind_logs126": {},
    "blind_logs127": {},
    # blind_logs128 to blind_logs133 became development sets after their held-out run (3, 1, 1, 2,
    # 5 and 5 of 5 agencies met the goals: sheriff's contract-policing logs, logs spanning a
    # records-system migration, calendar grids and planners, security departments that are not
    # police, police outside the United States, text placed unusually by reporting engines, see
    # their READMEs); every agency meets them now.
    "blind_logs128": {},
    "blind_logs129": {},
    "blind_logs130": {},
    "blind_logs131": {},
    "blind_logs132": {},
    "blind_logs133": {},
    # blind_logs134 to blind_logs139 became development sets after their held-out run (3, 1, 4, 2,
    # 4 and 4 of 5 agencies met the goals: slide decks, structured data printed as text, Clery
    # crime and fire logs, e-mailed daily digests, values printed once and implied below,
    # accessible and large-print versions); every agency meets them now.
    "blind_logs134": {},
    "blind_logs135": {},
    "blind_logs136": {},
    "blind_logs137": {},
    "blind_logs138": {},
    "blind_logs139": {},
    # blind_logs142's held-out run: 3 of 5 agencies met the goals (see its README); its ids printed
    # year, space, serial are read whole since (yearspaced.py), and its GUIDs' 0s and 1s between
    # letters are no longer mended as OCR errors (ocrletters.py): every agency meets them now.
    "blind_logs142": {},
    # blind_logs145's held-out run: 4 of 5 agencies met the goals (see its README); the Tableau
    # cards are read since (a filter panel's labels no block's start, blockstarts.py; tooltip
    # boxes side by side read box after box, besideboxes.py; an incident printed twice alike
    # once, printedalike.py): every agency meets them now.
    "blind_logs145": {},
    # blind_logs146's held-out run: 2 of 5 agencies met the goals (see its README); supplement
    # rows (laterrows.py) and a coded journal without titles (codedjournal.py) are read since, and
    # a report exported again amended is one record (reexported.py): every agency meets them now.
    "blind_logs146": {},
    # blind_logs147's held-out run: 4 of 5 agencies met the goals (see its README); labels typed
    # anew partway through a log are read since (labels.py, blockstarts.py): every agency meets
    # them now.
    "blind_logs147": {},
    # blind_logs148's held-out run: 5 of 5 agencies met the goals (see its README).
    "blind_logs148": {},
    # blind_logs149's held-out run: 4 of 5 agencies met the goals (see its README); an id
    # wrapped inside a cell narrower than the number is joined back since (wrapid.py): every
    # agency meets them now.
    "blind_logs149": {},
    # blind_logs150's held-out run: 5 of 5 agencies met the goals (see its README).
    "blind_logs150": {},
    # blind_logs151's held-out run: 4 of 5 agencies met the goals (see its README); blocks of
    # one case headed by each tow's own number are one record since (repeatedblocks.py): every
    # agency meets them now.
    "blind_logs151": {},
    # blind_logs152's held-out run: 3 of 5 agencies met the goals (see its README); headings set
    # out left of their records (setoutheads.py) and update notes run on into an entry
    # (runonupdates.py) are read since: every agency meets them now.
    "blind_logs152": {},
    # blind_logs153's held-out run: 4 of 5 agencies met the goals (see its README); a page cut
    # off and printed again in full further on is read once since (cutcopies.py): every agency
    # meets them now.
    "blind_logs153": {},
    # blind_logs154's held-out run: 2 of 5 agencies met the goals (see its README); a denser
    # case series beside an event number (casenumber.py, headingnumber.py) and messages of
    # LABEL/value/ fields (slashfields.py) are read since: every agency meets them now.
    "blind_logs154": {},
    # blind_logs155's held-out run: 2 of 5 agencies met the goals (see its README); two-tier
    # listings (secondtier.py), centred entries (centred.py) and right-aligned labels
    # (longerlabels.py) are read since: every agency meets them now.
    "blind_logs155": {},
    # blind_logs156's held-out run: 0 of 5 agencies met the goals (see its README); glued leads
    # (gluedlead.py), one-blank gutters (tightgutter.py), cited lines under the blocks' word
    # (blockcited.py) and a listing after the count (listedindex.py) are read since: every
    # agency meets them now.
    "blind_logs156": {},
    # blind_logs157's held-out run: 3 of 5 agencies met the goals (see its README);
    # quoted-printable and mojibake (encodedtext.py) are read since: every agency meets them now.
    "blind_logs157": {},
    # blind_logs158's held-out run: 1 of 5 agencies met the goals (see its README); numbered
    # lists restarting per group are read since (itemlead.py), street-grouped entries in part
    # (crossreflines.py), short cross-reference entries are no records (crossrefs.py), and
    # entries opened by a written-out date are opened there (sentenceforms.py): every agency
    # meets them now.
    "blind_logs158": {},
    # blind_logs159's held-out run: 0 of 5 agencies met the goals (see its README); a code
    # column explained by a legend (codecolumn.py), a duty board's series columns
    # (groupcols.py) and entries of other work numbered in lettered series (otherseries.py,
    # rangeids.py) are read since: every agency meets them now.
    "blind_logs159": {},
    # blind_logs160's held-out run: 2 of 5 agencies met the goals (see its README); a table on
    # its side (grid.py), titles run together (pairedcell.py) and blocks whose opening label is
    # mostly empty (blockstarts.py, seriallabel.py) are read since: every agency meets them now.
    "blind_logs160": {},
    # blind_logs161 became a development set after its held-out run (4 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs161": {},
    # blind_logs162 became a development set after its held-out run (4 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs162": {},
    # blind_logs163 became a development set after its held-out run (4 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs163": {},
    # blind_logs164 became a development set after its held-out run (0 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs164": {},
    # blind_logs165 became a development set after its held-out run (3 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs165": {},
    # blind_logs166 became a development set after its held-out run (3 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs166": {},
    # blind_logs167 became a development set after its held-out run (0 of 5 agencies met the
    # goals, see its README); every agency reads better since (scan specks, pages turned
    # upright before OCR, misread column titles, OCR-misread numbers, a copier's OCR layer
    # misreading the ids, blank backs, two-column pages), four meet them: the held-out figures
    # of the one that does not (fenmarsh-county: recall 0.809, count 0.957 now).
    "blind_logs167": {
        "fenmarsh-county-ne-so": "held-out run: index cards eight to a page in two columns, scanned, a page upside down, continuation cards repeating a number: few cards read as records, recall 0.000, count 0.106",
    },
    # blind_logs168 became a development set after its held-out run (3 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs168": {},
    # blind_logs169 became a development set after its held-out run (4 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs169": {},
    # blind_logs170 became a development set after its held-out run (4 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs170": {},
    # blind_logs171 became a development set after its held-out run (4 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs171": {},
    # blind_logs172 became a development set after its held-out run (4 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs172": {},
    # blind_logs173 became a development set after its held-out run (4 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs173": {},
    # blind_logs174 became a development set after its held-out run (4 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs174": {},
    # blind_logs175 became a development set after its held-out run (3 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs175": {},
    # blind_logs176 became a development set after its held-out run (0 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs176": {},
    # blind_logs177 became a development set after its held-out run (3 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs177": {},
    # blind_logs178 became a development set after its held-out run (3 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs178": {},
    # blind_logs179 became a development set after its held-out run (3 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs179": {},
    # blind_logs180 became a development set after its held-out run (1 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs180": {},
    # blind_logs181 became a development set after its held-out run (0 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs181": {},
    # blind_logs182 became a development set after its held-out run (5 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs182": {},
    # blind_logs183 became a development set after its held-out run (5 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs183": {},
    # blind_logs184 became a development set after its held-out run (5 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs184": {},
    # blind_logs185 became a development set after its held-out run (0 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs185": {},
    # blind_logs186 became a development set after its held-out run (2 of 5 agencies met the
    # goals, see its README); four meet them now. Wrenmoor stays below: OCR lost 12 of its
    # label lines under a halftone screen.
    "blind_logs186": {
        "wrenmoor-county-mt-so": "a copy of a copy with a halftone screen behind each `CASE NO` line: 12 of the 42 label lines are not in the OCR text at all, their blocks joined to the ones above (recall 0.714)",
    },
    # blind_logs187 became a development set after its held-out run (2 of 5 agencies met the
    # goals, see its README); every agency meets them now.
    "blind_logs187": {},
}

_LOADED: dict = {}


def _set(name: str) -> dict:
    """Every set's PDFs are read once per session (``load_log_sets`` reads all sets)."""
    if not _LOADED:
        _LOADED.update(bench.load_log_sets(HERE))
    return _LOADED[name]


def test_every_set_has_agencies_and_a_recorded_run():
    assert SETS, "no blind_logs* set found"
    for name, folder in SETS.items():
        readme = (folder / "README.md").read_text()
        assert "## The held-out run" in readme and "Not run yet" not in readme, name
        assert list(folder.glob("*/groundtruth.json")), name


@pytest.mark.parametrize(("set_name", "agency"), AGENCIES, ids=[f"{s}/{a}" for s, a in AGENCIES])
def test_agency_meets_the_goals(set_name, agency, request):
    reason = BELOW_GOAL.get(set_name, {}).get(agency)
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))
    score = bench.score_agency(_set(set_name)["agencies"][agency])
    assert score["recall"] is None or score["recall"] >= bench.GOALS["case_number_recall"], score
    assert abs(score["count_ratio"] - 1) <= bench.GOALS["count_ratio_within"], score


_DATES = yaml.safe_load((HERE / "cases" / "scored_dates.yaml").read_text())


@pytest.mark.parametrize("case", _DATES, ids=[c["id"] for c in _DATES])
def test_the_scorer_reads_a_sample_date_as_printed(case):
    got = {"reported_at": case["got"]}
    assert bench._field_ok("reported_at", case["want"], got, case.get("day_first", False)) is case["right"]


@pytest.mark.parametrize(("printed", "number"), [("#51736", "51736"), ("51736", "51736"), ("#", "#"),
                                                  ("#-12", "#-12")])
def test_the_scorer_reads_a_number_sign_as_no_part_of_the_number(printed, number):
    assert bench._number(printed) == number


def test_records_do_not_depend_on_the_hash_seed(tmp_path):
    """The same log gives the same records in every process: no set's iteration order (which
    Python varies per process for strings) decides a label, a column or a record."""
    docs = [doc["texts"] for name in SETS for agency in _set(name)["agencies"].values() for doc in agency]
    pages = tmp_path / "pages.pkl"
    pages.write_bytes(pickle.dumps(docs))
    script = HERE / "log_records_digest.py"
    runs = [subprocess.Popen([sys.executable, str(script), str(pages)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}) for seed in ("1", "2")]
    digests = [run.communicate(timeout=600)[0].strip() for run in runs]
    assert all(run.returncode == 0 for run in runs)
    assert digests[0] and digests[0] == digests[1]
