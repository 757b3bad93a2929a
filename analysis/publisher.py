"""Which outlet published a page, read from the page's own header and lead.

An outlet names itself in the dateline that opens its lead (``PARIS,
KOMPAS.com -``, ``REPUBLIKA.CO.ID, BAKU --``, ``Jakarta, CNN Indonesia --``,
``Jakarta (ANTARA) -``) or in a header line (``detikNews``, ``Kompas.com -
13/11/2020, 13:30 WIB``).  The forms are data (``data/self_references.yaml``);
the name found is checked against the registry of outlets
(``data/outlets.tsv``), and an outlet not in the registry keeps the name it
gives itself.  The outlet is never taken from a name found elsewhere in the
page: an article that cites ``KOMPAS.com`` in its body is not a Kompas.com
article.

Example
-------
>>> lead_reference("PARIS, KOMPAS.com - Perancis dan Amerika Serikat ...").outlet
'Kompas.com'
>>> lead_reference("Jakarta (ANTARA) - Pemerintah ...").city
'Jakarta'
>>> header_outlet("detikNews"), header_outlet("Rusia Kirim Pasukan ke Karabakh")
('Detik', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from analysis.dates import find_date
from analysis.lexicon import lexicon
from analysis.wires import outlet_of

# libyaml's safe loader where PyYAML was built with it (ten times faster), else
# the pure-Python one; both read the same YAML.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FORMS_FILE = Path(__file__).resolve().parent / "data" / "self_references.yaml"

__all__ = ["LeadReference", "lead_reference", "header_outlet", "forms"]


@dataclass(frozen=True)
class LeadReference:
    """A dateline: where the lead names its outlet (and city)."""

    outlet: str          # the registry's name, or the name as written
    written: str         # the outlet as the page writes it
    city: str | None
    end: int             # where the lead's own text starts
    form: str


@lru_cache(maxsize=1)
def forms() -> tuple[tuple[str, re.Pattern, str], ...]:
    """The self-reference forms: ``(form, pattern, example)``."""
    items = yaml.load(FORMS_FILE.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    return tuple((f["form"], re.compile(f["pattern"]), f["example"]) for f in items)


def _name(written: str) -> str:
    """The registry name of an outlet as written, else the written name,
    with a shouted domain put in its usual case (CONTOH.COM: Contoh.com)."""
    known = outlet_of(written)
    if known:
        return known
    if written.isupper() and "." in written:
        head, _, tail = written.partition(".")
        return head.capitalize() + "." + tail.lower()
    return written


def lead_reference(line: str) -> LeadReference | None:
    """The dateline that opens ``line``, if any.

    >>> r = lead_reference("REPUBLIKA.CO.ID, BAKU -- Ribuan pengungsi kembali.")
    >>> (r.outlet, r.city, r.form)
    ('Republika', 'BAKU', 'OUTLET.CO.ID, CITY --')
    >>> lead_reference("Rusia dan Turki membahas gencatan senjata.") is None
    True
    """
    for form, pattern, _ in forms():
        m = pattern.match(line)
        if not m:
            continue
        written = m.group("outlet")
        city = m.groupdict().get("city")
        # Without a city, only a known outlet or a domain name is an outlet:
        # "PBB — …" opens a sentence about the United Nations.
        if city is None and outlet_of(written) is None and "." not in written:
            continue
        return LeadReference(_name(written), written, city.strip() if city else None, m.end(), form)
    return None


_SEPARATORS = re.compile(r"^[\s\-–—|,:]*$")


def header_outlet(line: str) -> str | None:
    """The outlet a header line names, when the line is nothing but the
    outlet's name, optionally with a date (``Kompas.com - 13/11/2020``)."""
    name = outlet_of(line)
    if name is None:
        return None
    rest = line
    date = find_date(line)
    if date is not None:
        rest = rest.replace(date.evidence, " ")
    # Whatever is left once the outlet's name is removed must be separators.
    for canonical, pattern in lexicon().outlets:
        if canonical == name:
            rest = pattern.sub(" ", rest, count=1)
            break
    return name if _SEPARATORS.match(rest) else None
