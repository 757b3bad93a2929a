"""Quotations and their speakers in any Indonesian news text.

``find_quotes(text)`` reads one article as plain text (paragraphs separated
by blank lines, or by line breaks) and returns one row per quotation: where
it is, what kind it is, the reporting word, who said it, in which office,
and which wire or outlet the sentence cites for it.  It knows nothing about
any particular article or conflict: its word lists are data files in
``data/quotes/`` (reporting verbs, relay phrases, titles and offices, words
that end a name), and its accuracy is measured on PFSA-ID, a public corpus
of hand-annotated Kompas articles (``analysis.evaluation``).

How it reads
------------
1. **Quote marks.**  ``"``, ``“ ”``, ``„``, ``« »`` and Kompas print's ``”``
   used to open as well as close.  A mark opens when it stands before a word
   and after a space, closes when it stands after a word and before a space
   or punctuation, and otherwise takes the state of the paragraph.  A
   quotation left open at the end of a paragraph runs on into the next when
   that one opens with a mark (the convention for multi-paragraph quotes).
2. **Cues.**  A reporting word right after the closing mark (``"…," kata X``,
   ``ujarnya``), or before the opening mark in the same sentence
   (``X mengatakan, "…"``, ``kata X, "…"``, ``menurut X: "…"``).  A word one
   edit away from a listed reporting verb, whose Sastrawi stem is not some
   other dictionary root, counts as that verb (a misspelling).
3. **Kinds.**  ``direct``: the cue stands outside the marks.  ``mixed``: the
   marks enclose a fragment inside a reported clause (``X mengatakan
   pemerintah "tidak akan mundur"``).  ``indirect``: a reporting verb with a
   named speaker and no marks (``X menegaskan bahwa …``, ``menurut X, …``).
   Quoted words with no cue are a quotation only where they open a
   paragraph and continue an earlier speaker; a short quoted phrase without
   a cue, or one after *berjudul*, *bertajuk* and the like, is a scare quote
   or a title and is left out.
4. **Speakers.**  The noun phrase after a postposed cue or before a verb,
   split into a name (the last run of capitalised words that are not
   offices, organisations or places) and a role (the rest).  *Ia*, *dia*,
   *beliau* and the clitic *-nya* (``katanya``) resolve to the person last
   introduced; a surname or a bare title resolves to the fullest earlier
   name that shares it.  A speaker introduced with an age in brackets
   (``Ani (34)``) or as a resident, trader, victim and so on is marked an
   ordinary person.
5. **Relays.**  *dilansir dari*, *dikutip dari*, *dimuat*, *mengutip*,
   *X melaporkan*, *kata X kepada Reuters* in the quotation's sentence.

Example
-------
>>> text = ('JAKARTA, KOMPAS.com - Menteri Kesehatan Budi Santoso meninjau '
...         'rumah sakit.\\n\\n"Kami siap," kata Budi kepada wartawan.')
>>> q = find_quotes(text)
>>> q[["kind", "cue", "speaker", "speaker_role"]].values.tolist()
[['direct', 'kata', 'Budi Santoso', 'Menteri Kesehatan']]
>>> text[q.loc[0, "start"]:q.loc[0, "end"]]
'Kami siap,'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

import pandas as pd

from analysis.coreference import Discourse, Person
from analysis.lexicon import PRONOUNS, Lexicon, cue_form, lexicon
from analysis.speakers import (
    MARKS, MAX_NP_WORDS, WORD, Speaker, article_places, np_after_cue, np_backward, np_forward,
    people_in, speaker_of, subject, tokens,
)
from analysis.marks import Span, paragraphs, quote_spans, read_marks, rstrip_at, sentence_bounds
from analysis.wires import relay_in

__all__ = ["find_quotes", "quote_spans", "COLUMNS", "QuoteError"]

COLUMNS = [
    "start", "end", "text", "kind", "cue", "speaker", "speaker_role",
    "speaker_type", "speaker_surface", "relayed_via", "relay_inherited", "continued", "paragraph",
]

MAX_CUE_GAP_WORDS = 12
MIN_UNCUED_WORDS = 4


class QuoteError(ValueError):
    """Input that ``find_quotes`` cannot read (not a string)."""



# --------------------------------------------------------------------------
# The reader
# --------------------------------------------------------------------------


def _is_title(text: str, sp: Span, lex: Lexicon) -> bool:
    before = re.findall(r"[\w-]+", text[max(0, sp.ms - 40):sp.ms].lower())
    return any(w in lex.title_cues for w in before[-2:])


def _word_count(s: str) -> int:
    return len(WORD.findall(s))


def find_quotes(text: str) -> pd.DataFrame:
    """Every quotation in one article, with its speaker.

    Parameters
    ----------
    text : str
        The article as plain text; paragraphs are separated by blank lines
        (or, where there are none, by line breaks).

    Returns
    -------
    pandas.DataFrame
        One row per quotation, in reading order, with the columns in
        ``COLUMNS``: ``start``/``end`` (character offsets of the quoted or
        reported words in ``text``), ``text``, ``kind`` (``direct``,
        ``mixed`` or ``indirect``), ``cue`` (the reporting word as written,
        or None for a paragraph that continues an earlier quotation),
        ``speaker`` (the fullest name the article gives, or the body),
        ``speaker_role`` (office and organisation where given),
        ``speaker_type`` (``person``, ``ordinary person``, ``group`` or
        ``unknown``), ``speaker_surface`` (the words the sentence itself
        uses: *ia*, a surname, *-nya*), ``relayed_via``, ``continued`` and
        ``paragraph`` (0-based).

    Example
    -------
    >>> t = ('Juru bicara Kementerian Luar Negeri, Teuku Faizasyah, mengatakan '
    ...      'Indonesia mendukung perundingan.\\n\\n'
    ...      '"Kami mengikuti perkembangan," ujarnya seperti dikutip dari Antara.')
    >>> find_quotes(t)[["kind", "cue", "speaker", "relayed_via", "relay_inherited"]].values.tolist()
    [['indirect', 'mengatakan', 'Teuku Faizasyah', 'Antara', True], ['direct', 'ujarnya', 'Teuku Faizasyah', 'Antara', False]]
    """
    if not isinstance(text, str):
        raise QuoteError(f"find_quotes needs the article as a string, not {type(text).__name__}")
    rows = sorted(_Reader(text).rows, key=lambda r: r["start"])
    _inherit_relays(rows)
    # Text columns are plain objects, so that a missing cue or speaker is None.
    return pd.DataFrame({c: pd.Series([r[c] for r in rows], dtype=_DTYPES.get(c, object)) for c in COLUMNS})


_DTYPES = {"start": "int64", "end": "int64", "paragraph": "int64", "continued": "bool", "relay_inherited": "bool"}


def _inherit_relays(rows: list[dict]) -> None:
    """A quotation whose sentence names no wire takes the wire the article
    cites for the same speaker, else the last one it cited before: Indonesian
    outlets that rewrite a wire story name the wire once.  Such rows are
    marked ``relay_inherited``."""
    own = {}
    for r in rows:
        r["relay_inherited"] = False
        if r["relayed_via"] and not r["continued"] and r["speaker"]:
            own.setdefault(r["speaker"], r["relayed_via"])
    last = None
    for r in rows:
        if r["relayed_via"]:
            last = r["relayed_via"]
            continue
        inherited = own.get(r["speaker"]) or last
        if inherited:
            r["relayed_via"], r["relay_inherited"] = inherited, True


#: The first word of each sentence (after any opening marks), and one after it.
_SENTENCE_HEAD = re.compile(r"(?:^|(?<=[.!?]))\s*[\"“”„«(]*([^\W\d_][\w’'-]*)(?:,?\s+([^\W\d_][\w’'-]*))?", re.M)


@lru_cache(maxsize=2)
def _relevant_words(lex: Lexicon) -> frozenset:
    """Words that can make a paragraph matter to attribution: reporting
    words, titles, offices and pronouns."""
    return frozenset(lex.after | {w + "nya" for w in lex.after} | lex.before | lex.passive | lex.according
                     | lex.office | lex.honorific | PRONOUNS)


_MARK_OR_AGE = re.compile("[" + MARKS + r"]|\(\d{1,3}\)")
_LOWER_WORD = re.compile(r"[^\W\d_]+")


def _relevant(text: str, a: int, b: int, words: frozenset) -> bool:
    """Has ``text[a:b]`` a quote mark, an age in brackets, or one of ``words``?"""
    return bool(_MARK_OR_AGE.search(text, a, b)) or not words.isdisjoint(_LOWER_WORD.findall(text[a:b].lower()))


class _Reader:
    """One pass over an article, sentence by sentence, in reading order."""

    def __init__(self, text: str):
        self.text = text
        general = lexicon()
        self.lex = replace(general, places=general.places | article_places(text, general))
        self.discourse = Discourse(self.lex)
        self.rows: list[dict] = []
        self.last_direct: dict | None = None
        self.last_direct_paragraph = -10
        self.paragraphs = paragraphs(text)
        self.spans = read_marks(text, self.paragraphs)
        self.quoted = [(s.ms, s.me) for s in self.spans]
        starts = {}
        for s in self.spans:
            starts.setdefault(s.paragraph, []).append(s)
        self._tokens: dict[int, list] = {}
        relevant = _relevant_words(general)
        for pi, (a, b) in enumerate(self.paragraphs):
            # A paragraph with no quote mark, reporting word, title, office,
            # pronoun, age or known name can change nothing: skip it.
            if pi in starts or _relevant(text, a, b, relevant) or self.opens_with_known_name(a, b):
                self.toks = self.paragraph_tokens(pi)
                self.paragraph(pi, a, b, starts.get(pi, []))

    def paragraph_tokens(self, pi: int) -> list:
        if pi not in self._tokens:
            a, b = self.paragraphs[pi]
            self._tokens[pi] = tokens(self.text, a, b)
        return self._tokens[pi]

    def opens_with_known_name(self, a: int, b: int) -> bool:
        if not self.discourse.people:
            return False
        return self.discourse.names_any(w.lower() for pair in _SENTENCE_HEAD.findall(self.text, a, b)
                                        for w in pair if w)

    def paragraph(self, pi: int, a: int, b: int, spans: list[Span]) -> None:
        text, lex = self.text, self.lex
        self.tok_starts = [t.start for t in self.toks]
        self.used_cues: set[int] = set()
        people = sorted(people_in(text, lex, self.toks), key=lambda s: s.start)
        sentences = sentence_bounds(text, a, b, self.quoted)
        self.prev_end = a
        for sa, sb in sentences:
            k0 = bisect_left(self.tok_starts, sa)
            for sp in people:
                if sa <= sp.start < sb and not self.in_quote(sp.start):
                    # a person named at the start of a clause is its subject
                    self.discourse.introduce(sp, salient=self.at_clause_start(k0, sp.start))
            self.subject_mention(k0, sb)
            mine = [s for s in spans if sa <= s.ms < sb]
            for si, sp in enumerate(mine):
                nxt = mine[si + 1].ms if si + 1 < len(mine) else sb
                self.quotation(pi, sp, sa, nxt)
            if not any(qs < sb and sa < qe for qs, qe in self.quoted):
                row = _indirect(text, self.toks, self.tok_starts, sa, sb, lex, self.discourse, pi,
                                self.at_clause_start)
                if row is not None:
                    self.rows.append(row)

    def in_quote(self, pos: int) -> bool:
        return any(qs <= pos < qe for qs, qe in self.quoted)

    def at_clause_start(self, k0: int, pos: int) -> bool:
        """Does the word at ``pos`` open a clause of the sentence that starts
        at token ``k0``: first in it, or after a comma, a colon or a
        connective?"""
        k = bisect_left(self.tok_starts, pos)
        if k <= k0:
            return True
        prev = self.toks[k - 1]
        return not prev.word and prev.text in ",;:(-–—" + MARKS or prev.lower in self.lex.connective

    def subject_mention(self, k0: int, sb: int) -> None:
        """A sentence that opens with an already-known name makes that
        person the one *ia* points to next."""
        toks = self.toks
        k = k0
        while k < len(toks) and toks[k].start < sb and (not toks[k].word or toks[k].lower in self.lex.function):
            k += 1
        if k >= len(toks) or toks[k].start >= sb or self.in_quote(toks[k].start) or not toks[k].cap:
            return
        # Only a sentence that opens with a word of a known name can re-mention someone.
        if not self.discourse.names_any(t.lower for t in toks[k:k + 8] if t.word and t.cap):
            return
        i, j, age = np_forward(toks, k, self.lex)
        sp = speaker_of(self.text, toks, i, j, age, self.lex)
        person = self.discourse.known(sp)
        if person is not None:
            self.discourse.touch(person)

    def quotation(self, pi: int, sp: Span, sa: int, nxt: int) -> None:
        text, lex, toks = self.text, self.lex, self.toks
        words = _word_count(text[sp.qs:sp.qe])
        if _is_title(text, sp, lex):
            return
        cue = speaker = None
        kind = "direct"
        continued = False
        # --- a cue after the closing mark, in the paragraph where the quotation ends
        here = toks
        if sp.me > self.paragraphs[pi][1]:
            end_pi = next(k for k, (a, b) in enumerate(self.paragraphs) if a <= sp.me <= b)
            toks = self.paragraph_tokens(end_pi)
            nxt = self.paragraphs[end_pi][1]
        k = bisect_left([t.start for t in toks] if toks is not here else self.tok_starts, sp.me)
        if sp.closed and k < len(toks) and toks[k].start < nxt:
            if toks[k].text == ",":
                k += 1
            if k < len(toks) and toks[k].word and toks[k].start < nxt:
                form = cue_form(toks[k].text)
                if form and form[1] in ("after", "clitic", "passive"):
                    cue = (toks[k], form)
                    self.used_cues.add(k)
                    if form[1] == "clitic":
                        speaker = Speaker(surface=toks[k].text, pronoun="nya")
                    else:
                        i0 = k + 1
                        if form[1] == "passive" and i0 < len(toks) and toks[i0].lower == "oleh":
                            i0 += 1
                        i, j, age = np_after_cue(toks, i0, lex)
                        speaker = speaker_of(text, toks, i, j, age, lex, after_cue=True)
                elif not form and text[sp.qs:sp.qe].rstrip()[-1:] in ",?!":
                    # '"…," Menteri X menambahkan.'
                    i, j, age = np_forward(toks, k, lex)
                    if i < j < len(toks) and toks[j].word and toks[j].text.islower():
                        f2 = cue_form(toks[j].text)
                        if f2 and f2[1] == "before":
                            cue = (toks[j], f2)
                            self.used_cues.add(j)
                            speaker = speaker_of(text, toks, i, j, age, lex)
        toks = here
        # --- a cue before the opening mark, in the same sentence
        if cue is None:
            cue, speaker, kind = self.cue_before(sp, max(sa, self.prev_end))
        self.prev_end = sp.me
        if kind == "mixed" and words < MIN_UNCUED_WORDS - 1:
            return     # a word or two in marks inside a report: a scare quote
        # --- no cue
        if cue is None:
            if sp.paragraph_initial and self.last_direct is not None and pi - self.last_direct_paragraph <= 2 \
                    and words >= 2:
                continued = True
            elif words >= MIN_UNCUED_WORDS and _ends_sentence(text, sp) and sp.paragraph_initial:
                speaker = Speaker(pronoun="nya", surface="")
            else:
                return     # a scare quote, a term or a title
        self.rows.append(_row(text, sp, kind, cue, speaker, continued, pi, self.discourse,
                              self.last_direct, sa))
        self.last_direct = self.rows[-1]
        self.last_direct_paragraph = pi

    def cue_before(self, sp: Span, lo: int):
        text, lex, toks = self.text, self.lex, self.toks
        kb = bisect_left(self.tok_starts, sp.ms) - 1
        lo_tok = bisect_left(self.tok_starts, lo)
        window = range(kb, max(lo_tok, kb - MAX_CUE_GAP_WORDS - MAX_NP_WORDS) - 1, -1)
        for m in window:
            if not toks[m].word:
                continue
            form = cue_form(toks[m].text)
            if not form or form[1] == "passive":
                continue
            if m in self.used_cues and form[1] not in ("after", "according"):
                continue    # a verb already used by the quotation before; "kata X," may serve both
            if not toks[m].text.islower() and m != lo_tok:
                continue    # "Kemerdekaan Menyampaikan Pendapat": a name, not a verb
            gap = toks[m + 1:kb + 1]
            if form[1] in ("after", "according"):
                i, j, age = np_after_cue(toks, m + 1, lex)
                cand = speaker_of(text, toks, i, j, age, lex, after_cue=True)
                rest = toks[j:kb + 1]
            elif form[1] == "clitic":
                cand = Speaker(surface=toks[m].text, pronoun="nya")
                rest = gap
            else:
                i, j, age = np_backward(toks, m, lex, lo_tok)
                cand = speaker_of(text, toks, i, j, age, lex) if i < m else Speaker()
                if not (cand.name and cand.role) and not (i < m and self.at_clause_start(lo_tok, toks[i].start)):
                    cand = Speaker()
                if cand.empty:
                    cand = subject(text, toks, lo_tok, m, lex)
                rest = gap
            if cand.empty:
                continue
            self.used_cues.add(m)
            rest_words = [t for t in rest if t.word]
            direct = not rest_words or (rest and rest[-1].text in ",:")
            return (toks[m], form), cand, "direct" if direct else "mixed"
        return None, None, "direct"


def _ends_sentence(text: str, sp: Span) -> bool:
    return text[sp.qs:sp.qe].rstrip()[-1:] in ".!?…,"




def _resolve(speaker: Speaker | None, discourse: Discourse, fallback: dict | None) -> tuple[str | None, str, str, str]:
    """(speaker name, role, type, surface) for a speaker as written."""
    if speaker is None:
        if fallback is None:
            return None, "", "unknown", ""
        return fallback["speaker"], fallback["speaker_role"], fallback["speaker_type"], ""
    if speaker.pronoun:
        # ia, dia and -nya point to the last person who spoke or opened a sentence
        p = discourse.last(group=speaker.group)
        if p is None:
            return None, "", "unknown", speaker.surface
        discourse.touch(p)
        return (p.name or p.role), p.role, _type(p), speaker.surface
    p = discourse.introduce(speaker, salient=True)
    if p is None:
        return None, "", "unknown", speaker.surface
    return (p.name or p.role), (speaker.role or p.role), _type(p), speaker.surface


def _type(p: Person) -> str:
    if p.ordinary:
        return "ordinary person"
    if p.group:
        return "group"
    return "person"


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")


def _row(text, sp, kind, cue, speaker, continued, pi, discourse, last_direct, sa) -> dict:
    name, role, stype, surface = _resolve(speaker, discourse, last_direct if continued else None)
    stop = _SENTENCE_STOP.search(text, sp.me)
    relay = relay_in(text[sa:stop.end() if stop else len(text)]) if not continued else None
    if continued and last_direct is not None:
        relay_name = last_direct["relayed_via"]
        cue_text = None
    else:
        relay_name = relay[0] if relay else None
        cue_text = cue[0].text if cue else None
    return {
        "start": sp.qs, "end": sp.qe, "text": text[sp.qs:sp.qe], "kind": kind, "cue": cue_text,
        "speaker": name, "speaker_role": role, "speaker_type": stype, "speaker_surface": surface,
        "relayed_via": relay_name, "continued": continued, "paragraph": pi,
    }


def _indirect(text, toks, starts, sa, sb, lex, discourse, pi, at_clause_start) -> dict | None:
    """A reporting verb with a speaker and no quote marks."""
    lo, hi = bisect_left(starts, sa), bisect_left(starts, sb)
    if lo >= hi:
        return None
    for k in range(lo, hi):
        t = toks[k]
        if not t.word:
            continue
        form = cue_form(t.text)
        if not form:
            continue
        lemma, pos = form
        if not t.text.islower() and k != lo and not (pos == "according" and toks[k - 1].text in "(,"):
            continue
        if pos == "according":
            i, j, age = np_forward(toks, k + 1, lex)
            speaker = speaker_of(text, toks, i, j, age, lex)
            if speaker.empty:
                continue
            if k == lo or all(not x.word or x.lower in lex.connective or x.lower == "itu" for x in toks[lo:k]):
                rs = toks[j].end if j < hi and toks[j].text == "," else (toks[j - 1].end if j > i else t.end)
                rs = _skip_space(text, rs + (1 if text[rs:rs + 1] == "," else 0))
                re_ = _sentence_stop(text, sb)
            else:
                rs, re_ = sa, rstrip_at(text, t.start)
                while re_ > rs and text[re_ - 1] in ",":
                    re_ -= 1
        elif pos == "before":
            i, j, age = np_backward(toks, k, lex, lo)
            speaker = speaker_of(text, toks, i, j, age, lex) if i < j else Speaker()
            # A title and a name right before the verb are its subject wherever
            # they stand ("Prosedur pendataan Ketua Gugus Tugas Doni Monardo
            # mengatakan"); a bare capitalised word only at a clause start.
            if not (speaker.name and speaker.role) and not (i < j and at_clause_start(lo, toks[i].start)):
                # "X, Wakil Gubernur DKI, di Balai Kota, Kamis, menyampaikan, …"
                speaker = subject(text, toks, lo, k, lex)
                if not (speaker.name or speaker.pronoun):
                    continue
            if speaker.empty:
                continue
            if not (speaker.name or speaker.pronoun or speaker.role):
                continue
            # the reported clause: after the verb, past "bahwa" and time adverbials
            rest = text[t.end:_sentence_stop(text, sb)]
            m = re.match(r"^[\s,:]*(?:(?:pada|dalam|di|kepada|saat|ketika)\b[^,]*?(?=\bbahwa\b)|)\s*(?:bahwa\b)?[\s,]*",
                         rest)
            rs = t.end + (m.end() if m else 0)
            re_ = _sentence_stop(text, sb)
            if _word_count(text[rs:re_]) < 2:
                continue
        elif pos in ("after", "clitic") and k > lo and toks[k - 1].text == ",":
            # a parenthetical cue: "Memang, kata Risma, pengiriman bantuan …"
            if pos == "clitic":
                speaker, j = Speaker(surface=t.text, pronoun="nya"), k + 1
            else:
                i, j, age = np_forward(toks, k + 1, lex)
                speaker = speaker_of(text, toks, i, j, age, lex)
                if not (speaker.name or speaker.pronoun or speaker.role):
                    continue
            if j < hi and toks[j].text not in ",.;":
                continue
            rs, re_ = sa, _sentence_stop(text, sb)
        else:
            continue
        if _word_count(text[rs:re_]) < 2:
            continue
        name, role, stype, surface = _resolve(speaker, discourse, None)
        if name is None:
            continue
        relay = relay_in(text[sa:sb])
        return {
            "start": rs, "end": re_, "text": text[rs:re_], "kind": "indirect", "cue": t.text,
            "speaker": name, "speaker_role": role, "speaker_type": stype, "speaker_surface": surface,
            "relayed_via": relay[0] if relay else None, "continued": False, "paragraph": pi,
        }
    return None


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _sentence_stop(text: str, sb: int) -> int:
    e = rstrip_at(text, sb)
    while e > 0 and text[e - 1] in ".!?…":
        e -= 1
    return e

