"""Who *ia*, *-nya*, a surname or a bare title refers to, within one article.

``Discourse`` keeps the people an article has introduced, in order, and which
of them is salient: the last to speak, to open a sentence or to be
introduced in full.  A pronoun or the clitic *-nya* (``katanya``) points to
the salient person; a surname to the fullest earlier name whose last word it
shares (``Risma`` is ``Tri Rismaharini``, ``Nurhadi`` is not ``Ahmad Toni
Fatoni`` although both follow the same place name); a bare office to the
last person introduced with it (``Presiden`` is ``Presiden Joko Widodo``,
not ``Wakil Presiden Ma'ruf Amin``).

Example
-------
>>> from analysis.speakers import Speaker
>>> d = Discourse(lexicon())
>>> d.introduce(Speaker(name="Tri Rismaharini", role="Wali Kota Surabaya"), salient=True).name
'Tri Rismaharini'
>>> d.introduce(Speaker(name="Risma"), salient=True).name
'Tri Rismaharini'
>>> d.last().name
'Tri Rismaharini'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.lexicon import Lexicon, lexicon  # noqa: F401 (lexicon: the doctest)
from analysis.speakers import WORD, Speaker

__all__ = ["Person", "Discourse", "same_person", "same_word", "name_words"]

# --------------------------------------------------------------------------
# People in the article: who "ia", "-nya", a surname or a title refers to
# --------------------------------------------------------------------------


@dataclass
class Person:
    name: str
    role: str
    ordinary: bool
    group: bool

    @property
    def words(self) -> tuple[str, ...]:
        return name_words(self.name)


def same_word(x: str, y: str) -> bool:
    """The same name word, or one a short form of the other (Risma, Rismaharini)."""
    return x == y or (len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x)))


def same_person(new: str, old: Person) -> bool:
    """Does the name ``new`` refer to ``old``?  The last word of one must be a
    word of the other: "Nurhadi" is not "Ahmad Toni Fatoni" although both may
    be written after the same place name."""
    words = name_words(new)
    if not words or not old.words:
        return False
    return any(same_word(words[-1], w) for w in old.words) or any(same_word(old.words[-1], w) for w in words)


@lru_cache(maxsize=16384)
def name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[^\W\d_]+(?:[’'][^\W\d_]+)*", name.lower()) if len(w) >= 3)


class Discourse:
    """People an article has introduced so far, and which of them was the
    last to speak or to stand as a sentence's subject (who *ia* and *-nya*
    point back to)."""

    def __init__(self, lex: Lexicon):
        self.people: list[Person] = []     # in order of introduction
        self.salient: list[Person] = []    # speakers and subjects, most recent last
        self.lex = lex

    def introduce(self, sp: Speaker, salient: bool) -> Person | None:
        """Register a person as written; ``salient`` if the person speaks or
        is a sentence's subject.  Returns the person it refers to."""
        if sp.pronoun or not (sp.name or sp.role):
            return None
        person = None
        if sp.name:
            person = self.known(sp)
            if person is None and sp.weak:
                return None
            if person is not None:
                if len(name_words(sp.name)) > len(person.words):
                    person.name = sp.name       # a later, fuller mention of the same person
                person.role = person.role or sp.role
                person.ordinary = person.ordinary or sp.ordinary
            else:
                person = Person(sp.name, sp.role, sp.ordinary, sp.group)
                self.people.append(person)
                # A person introduced in full is who a following "-nya" means,
                # wherever in the sentence the introduction stands.
                salient = salient or len(person.words) >= 2
        else:
            if not sp.group:
                person = self._by_role(sp.role)
            if person is None:
                person = Person("", sp.role, sp.ordinary, sp.group)
                self.people.append(person)
        if salient:
            self.touch(person)
        return person

    def name_words(self) -> set[str]:
        return {w for p in self.people for w in p.words}

    def names_any(self, words) -> bool:
        """Is any of ``words`` (lower case) a word of a known person's name,
        or a short form of one?"""
        known = self.name_words()
        prefixes = {w[:4] for w in known}
        return any(x[:4] in prefixes and any(same_word(x, w) for w in known) for x in words)

    def known(self, sp: Speaker) -> Person | None:
        """The person an already-introduced name refers to, if any."""
        if not sp.name:
            return None
        return next((p for p in reversed(self.people) if same_person(sp.name, p)), None)

    def _by_role(self, role: str) -> Person | None:
        """The person last introduced with this office: "Presiden" is
        "Presiden Joko Widodo" but not "Wakil Presiden Ma'ruf Amin"."""
        wanted = self._office_words(role)
        if not wanted:
            return None
        for p in reversed(self.salient + self.people):
            if p.name and self._office_words(p.role)[:len(wanted)] == wanted:
                return p
        return None

    def _office_words(self, role: str) -> list[str]:
        out = []
        for w in WORD.findall(role.lower()):
            if w not in self.lex.honorific:
                out.extend(self.lex.abbreviations.get(w, w).split())
        return out

    def touch(self, p: Person) -> None:
        if p in self.salient:
            self.salient.remove(p)
        self.salient.append(p)

    def last(self, group: bool = False) -> Person | None:
        for p in reversed(self.salient):
            if p.group == group and (p.name or group or p.role):
                return p
        return None




