"""Who is named, who speaks, who acts: actor mentions, quotations and roles.

Actors and their Indonesian aliases are data (``data/actors.csv``); the
words that mark speech, stance, partnership and agency are data too
(``data/attribution_lexicon.csv``).  Nothing here removes stopwords: *kata*,
*ujar*, *menurut*, *mengatakan* and *oleh* are how Indonesian says who spoke
and who acted.

Roles come from Indonesian voice morphology and a few prepositions:

* ``agent``: subject of an active meN-/ber- (or bare active) verb, or X in
  ``di-… oleh X`` (also ``di-verb X`` with the agent right after the verb);
* ``speaker``: X in ``"…," kata X``, ``X mengatakan …``, ``menurut X``;
* ``stance``: subject of a stance verb (khawatir, mendorong, menuntut, …);
* ``partner``: X after *bersama* or *dengan*;
* ``patient``: object of an active verb, subject of a di-/ter- passive, or X
  after *melawan*/*terhadap*;
* ``relay``: a news agency named as the source of relayed copy;
* ``other``: a possessor, modifier or place (e.g. *pasukan penjaga
  perdamaian Rusia*, *ibukota Armenia*).

Example
-------
>>> from analysis import load_corpus
>>> m = mentions(load_corpus())
>>> m.query("surface == 'Ia'")[["actor", "role"]].values.tolist()
[['Nikol Pashinyan', 'speaker']]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from bisect import bisect_right
from itertools import combinations
from pathlib import Path

import pandas as pd

from analysis import wires
from analysis.corpus import per_corpus
from analysis.lexicon import cue_form, is_root_word, stem
from analysis.lexicon import lexicon as lexicon_of_quotes
from analysis.quotes import find_quotes, quote_spans
from analysis.speakers import find_people
from analysis.speakers import MARKS
from analysis.text import FirstWordIndex, read_word_list

DATA = Path(__file__).resolve().parent / "data"
ACTORS_FILE = DATA / "actors.csv"
LEXICON_FILE = DATA / "attribution_lexicon.csv"
SET_ASIDE_FILE = DATA / "names_set_aside.csv"
ORDINARY_FILE = DATA / "ordinary_words.txt"

__all__ = [
    "gazetteer",
    "lexicon",
    "names_set_aside",
    "find_names",
    "mentions",
    "quotes",
    "by_sentence",
    "prominence",
    "agentless_passives",
    "portraits",
    "agency_matrix",
    "label_by_office",
    "cooccurrence",
    "unmatched_names",
    "ROLES",
]

ROLES = ("agent", "speaker", "stance", "partner", "patient", "relay", "other")


# Head nouns and quantifiers skipped when reading the word before a name:
# "oleh pasukan Azeri" is "oleh Azeri" for the role.
_SKIPPABLE_BEFORE = {"pasukan", "tentara", "etnis", "pemerintah", "delegasi", "beberapa", "ratusan", "ribuan"}
_PRONOUNS = {"ia": "person", "dia": "person", "beliau": "person", "mereka": "group of people"}
_WORD = re.compile(r"[\w]+(?:[-'][\w]+)*")
_CHAIN_GAP = re.compile(r"^(?:\s*,\s*|\s+dan\s+|\s*,\s*dan\s+|\s+serta\s+|-)$")


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


def gazetteer() -> pd.DataFrame:
    """The actor list: canonical English name, type, affiliation, aliases."""
    return pd.read_csv(ACTORS_FILE, keep_default_na=False)


def lexicon() -> pd.DataFrame:
    """Attribution words with their class and an English gloss."""
    return pd.read_csv(LEXICON_FILE, keep_default_na=False)


def names_set_aside() -> pd.DataFrame:
    """Capitalised words deliberately not treated as actors, with reasons."""
    return pd.read_csv(SET_ASIDE_FILE, keep_default_na=False)


@lru_cache(maxsize=1)
def _classes() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for word, cls in zip(lexicon()["word"], lexicon()["class"]):
        out.setdefault(cls, set()).add(word.lower())
    return out


@dataclass(frozen=True)
class _Alias:
    actor: str
    type: str
    surface: str
    pattern: re.Pattern
    is_city: bool
    is_office: bool = False


@lru_cache(maxsize=1)
def _aliases() -> tuple[_Alias, ...]:
    out = []
    for row in gazetteer().itertuples(index=False):
        for kind, column in (("name", row.aliases), ("city", row.city_aliases), ("office", row.offices)):
            for alias in filter(None, column.split("|")):
                # A lower-case alias ("demonstran") may open a sentence
                # capitalised, and an office is written either way.
                first = alias[0]
                head = f"[{first.lower()}{first.upper()}]" if first.islower() or kind == "office" else re.escape(first)
                pattern = re.compile(r"(?<![\w])" + head + re.escape(alias[1:]) + r"(?![\w])")
                out.append(_Alias(row.actor, row.type, alias, pattern, kind == "city", kind == "office"))
    # Longest alias first, so "Presiden Prancis Emmanuel Macron" beats "Prancis".
    return tuple(sorted(out, key=lambda a: (-len(a.surface), a.surface)))


@lru_cache(maxsize=1)
def _alias_index() -> FirstWordIndex:
    return FirstWordIndex(a.surface for a in _aliases())


@lru_cache(maxsize=1)
def _actor_types() -> dict[str, str]:
    g = gazetteer()
    return dict(zip(g["actor"], g["type"]))


# --------------------------------------------------------------------------
# Finding names
# --------------------------------------------------------------------------


def _last_word(text: str) -> str:
    words = _WORD.findall(text)
    return words[-1].lower() if words else ""


def find_names(text: str) -> list[dict]:
    """Actor names in ``text``: longest alias wins, places are left out.

    A city alias (Moskwa, Paris, Washington, Ankara) right after *ke*, *di*,
    *dari*, *menuju* or *pada* is a place, not an actor.

    Example
    -------
    >>> [(n["actor"], n["surface"]) for n in find_names("Moskwa menjadi ketua. Delegasi tiba di Moskwa.")]
    [('Russia', 'Moskwa')]
    """
    taken: list[tuple[int, int]] = []
    found = []
    places = _classes()["place"]
    aliases = _aliases()
    # Only aliases whose first word occurs, in the same longest-first order.
    for alias in (aliases[i] for i in _alias_index().candidates(text)):
        for match in alias.pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if alias.is_city and _last_word(text[:start]) in places:
                continue
            taken.append((start, end))
            found.append({"actor": alias.actor, "surface": match.group(), "start": start, "end": end,
                          "named": not alias.is_office})
    return _merge_office_and_name(sorted(found, key=lambda n: n["start"]), text)


_OFFICE_GAP = re.compile(r"^,?\s*$")


def _merge_office_and_name(found: list[dict], text: str) -> list[dict]:
    """An office followed by the holder's name ("Menteri Luar Negeri Rusia,
    Sergei Lavrov") is one named mention, not two.

    Example
    -------
    >>> [(n["surface"], n["named"]) for n in find_names("Kata Presiden Rusia Vladimir Putin.")]
    [('Presiden Rusia Vladimir Putin', True)]
    >>> [(n["surface"], n["named"]) for n in find_names("Kata presiden Azerbaijan.")]
    [('presiden Azerbaijan', False)]
    """
    out: list[dict] = []
    for n in found:
        prev = out[-1] if out else None
        if (prev is not None and prev["actor"] == n["actor"] and not prev["named"] and n["named"]
                and _OFFICE_GAP.match(text[prev["end"]:n["start"]])):
            out[-1] = {**prev, "surface": text[prev["start"]:n["end"]], "end": n["end"], "named": True}
        else:
            out.append(n)
    return out


# --------------------------------------------------------------------------
# Roles
# --------------------------------------------------------------------------


def _verb_role(word: str) -> str | None:
    """The subject's role implied by ``word`` if it is a verb, else None."""
    w = word.lower()
    c = _classes()
    if _speech(w):
        return "speaker"
    if w in c["stance"]:
        return "stance"
    if w in c["bare_active"]:
        return "agent"
    if w in c["aux"] or w in c["place"] or w in c["partner"] or w in c["not_verb"]:
        return None
    if _is_passive_verb(w) or re.match(r"^ter[a-z]{3,}", w):
        return "patient"
    if re.match(r"^(me|be)[a-z]{3,}", w):
        return "agent"
    return None


def _is_active_verb(word: str) -> bool:
    w = word.lower()
    c = _classes()
    if w in c["bare_active"] or w in c["stance"] or _speech(w):
        return True
    return bool(re.match(r"^me[a-z]{3,}$", w)) and w not in c["aux"]


def _joint(before: str, name: str) -> bool:
    """Is the *bersama* that ends ``before`` the adjective "joint" (*ketua
    bersama kelompok itu*, "co-chair of that group"), not "together with"
    (*bersama Rusia*)?  "Together with" takes a name; a lower-case word after
    it makes it the adjective."""
    return bool(re.search(r"\bbersama\s*$", before, re.I)) and name[:1].islower()


def _speech(word: str) -> bool:
    """A verb of saying that stands before what is reported (mengatakan,
    meneriakkan), from the general list in ``data/quotes/reporting_verbs.csv``;
    speech acts such as *berjanji* or *mendesak* keep their own roles."""
    form = cue_form(word)
    return form is not None and form[1] == "before" and form[0] not in lexicon_of_quotes().acts


def _is_passive_verb(word: str) -> bool:
    """A di- passive: *di-* on a dictionary root (ditengahi), not a word that
    merely starts with "di" (dinas, diri, diplomat)."""
    w = word.lower()
    if not re.match(r"^di[a-z]{3,}", w) or w.endswith("nya") or is_root_word(w) or not is_root_word(stem(w)):
        return False
    # "dimokrasi" for "demokrasi", "dibat" for "debat": a misspelt
    # de- loanword, not a passive.
    return not is_root_word("de" + w[2:])


def _relative_role(after: str) -> str | None:
    """Role given by a relative clause right after a name: "X yang ditahan"."""
    rel = re.match(r"^\s*,?\s*yang\s+(.*)$", after)
    if not rel:
        return None
    for w in _WORD.findall(rel.group(1)):
        if w.lower() in _classes()["aux"]:
            continue
        return _verb_role(w)
    return None


def _at_clause_start(before: str) -> bool:
    """Whether a name after ``before`` opens a clause (and so may be its subject)."""
    c = _classes()
    last = _left_word(before)
    stripped = before.rstrip()
    if not last or stripped.endswith((",", "--", ":", "(")) or stripped[-1:] in MARKS:
        return True
    return last in c["clause_start"] or _speech(last)


def _subject_role(after: str) -> str | None:
    """Role of a clause's subject, read from the main verb after it.

    Skips auxiliaries, a "bersama/dengan X" companion phrase, appositives set
    off by commas or double dashes, and a relative "yang …" clause (whose own
    verb decides when no main verb follows).
    """
    c = _classes()
    if after.startswith("--"):
        return None  # the name closes a dashed insert; its clause is over
    text = re.sub(r"--[^-]*--", " , ", after)
    relative_role = None
    words = _WORD.findall(text.split(".")[0]) if text.strip() else []
    # A comma-delimited appositive right after the subject: ", yang ... ,"
    appositive = re.match(r"^\s*,\s*yang\b[^,]*,", text)
    if appositive:
        relative_role = _relative_role(text)
        words = _WORD.findall(text[appositive.end():])
    i = 0
    while i < len(words):
        w = words[i].lower()
        if w in c["partner"]:
            i += 1
            while i < len(words) and (
                words[i][0].isupper() or words[i].lower() in {"dan", "serta"}
            ) and words[i].lower() not in c["aux"] and not _verb_role(words[i]):
                i += 1
            continue
        if w == "yang":
            # A restrictive relative clause: its first verb describes the
            # subject; a later verb (before another "yang") is the main verb.
            verbs = []
            for x in words[i + 1:]:
                if x.lower() == "yang":
                    break
                role = _verb_role(x)
                if role:
                    verbs.append(role)
            if len(verbs) >= 2:
                return verbs[1]
            return verbs[0] if verbs else relative_role
        if w in c["aux"]:
            i += 1
            continue
        return _verb_role(w) or relative_role
    return relative_role


def _chains(names: list[dict], text: str) -> list[list[dict]]:
    """Group coordinated names: "Rusia, Armenia dan Azerbaijan" is one chain.

    A comma joins two names only when the list goes on to close with *dan*
    or *serta*; "… perdana menteri Armenia, Presiden Prancis …" is two chains.
    """
    chains: list[list[dict]] = []
    gaps: list[list[str]] = []
    for n in names:
        gap = text[chains[-1][-1]["end"]:n["start"]] if chains else None
        if gap is not None and _CHAIN_GAP.match(gap):
            chains[-1].append(n)
            gaps[-1].append(gap)
        else:
            chains.append([n])
            gaps.append([])
    result: list[list[dict]] = []
    for chain, chain_gaps in zip(chains, gaps):
        if chain_gaps and chain_gaps[-1].strip() == ",":
            # The list does not close with "dan" at this comma: it ends a clause.
            closed = any(g.strip() not in ("", ",") for g in chain_gaps[:-1])
            if closed:
                result.extend([chain[:-1], chain[-1:]])
            else:
                result.extend([n] for n in chain)
        else:
            result.append(chain)
    return result


def _left_word(before: str) -> str:
    """The word before a name, skipping head nouns ("oleh pasukan Azeri")."""
    words = _WORD.findall(before)
    while words and words[-1].lower() in _SKIPPABLE_BEFORE:
        words.pop()
    return words[-1].lower() if words else ""


def assign_roles(sentence: str, names: list[dict], relay_span: tuple[int, int] | None = None) -> None:
    """Set ``role`` on each name found in ``sentence`` (in place).

    Example
    -------
    >>> s = "Kesepakatan tersebut ditengahi oleh Rusia tanpa melibatkan Minsk Group."
    >>> names = find_names(s); assign_roles(s, names)
    >>> [(n["actor"], n["role"]) for n in names]
    [('Russia', 'agent'), ('Minsk Group', 'patient')]
    """
    c = _classes()
    for chain in _chains(names, sentence):
        first, last = chain[0], chain[-1]
        before = sentence[: first["start"]]
        after = sentence[last["end"]:]
        prev = _left_word(before)
        compound = any(
            sentence[a["end"]:b["start"]] == "-" for a, b in zip(chain, chain[1:])
        ) or before.endswith("-") or (after.startswith("-") and not after.startswith("--"))
        if compound:
            role = "other"  # a modifier such as "Armenia-Azerbaijan"
        elif relay_span and relay_span[0] <= first["start"] < relay_span[1]:
            role = "relay"
        elif prev in c["partner"] and not _joint(before, first["surface"]):
            role = "partner"
        elif prev in c["agent_by"]:
            role = "agent"
        elif prev in c["target"]:
            role = "patient"
        elif (cue_form(prev) or ("", ""))[1] in ("after", "according"):
            role = "speaker"
        elif prev in c["place"] or prev in c["partner"]:
            role = "other"
        elif _is_passive_verb(prev) and not before.rstrip().endswith(","):
            role = "agent"  # "dimanfaatkan Ankara": the agent right after a di- verb
        else:
            role = _subject_role(after) if _at_clause_start(before) else None
            if role is None:
                role = _relative_role(after)
            if role is None and _is_active_verb(prev):
                role = "patient"
        for n in chain:
            n["role"] = role or "other"


# --------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------


_SENTENCE_COLUMNS = ("sentence_id", "kind", "start", "end", "text")


def _paragraph_sentences(corpus):
    """(article_id, paragraph text, sentences) per analysed paragraph, in
    reading order; ``sentences`` maps each of ``sentence_id, kind, start,
    end, text`` to a list with one value per sentence of the paragraph.

    Plain lists, not DataFrame groups: this runs once per paragraph, and
    slicing pandas objects that often costs more than the analysis.
    """
    s = corpus.sentences
    p = corpus.paragraphs
    texts = dict(zip(zip(p["article_id"].tolist(), p["position"].tolist()), p["text"].tolist()))
    key, group = None, None
    for article_id, position, *values in zip(
        s["article_id"].tolist(), s["position"].tolist(), *(s[c].tolist() for c in _SENTENCE_COLUMNS)
    ):
        if (article_id, position) != key:
            if group is not None:
                yield key[0], texts[key], group
            key, group = (article_id, position), {c: [] for c in _SENTENCE_COLUMNS}
        for column, value in zip(_SENTENCE_COLUMNS, values):
            group[column].append(value)
    if group is not None:
        yield key[0], texts[key], group


@per_corpus
def mentions(corpus) -> pd.DataFrame:
    """One row per actor mention in the analysed text (boilerplate never counts).

    Columns: ``article_id, sentence_id, kind, actor, type, surface, start, end``
    (character span within the sentence), ``role``, ``in_quote``,
    ``resolved`` (True for a pronoun resolved to an actor) and ``named``
    (False where the text refers to the actor only by office, as in
    *presiden Azerbaijan*, or by a pronoun).

    Example
    -------
    >>> from analysis import load_corpus
    >>> m = mentions(load_corpus())
    >>> m.query("article_id == 'inews-2020-11-20' and sentence_id == 7")[["actor", "role"]].values.tolist()
    [['Russia', 'agent'], ['Minsk Group', 'patient']]
    """
    rows = []
    types = _actor_types()
    last_named: dict[str, dict[str, str]] = {}
    for article_id, paragraph, group in _paragraph_sentences(corpus):
        qspans = quote_spans(paragraph)
        last = last_named.setdefault(article_id, {})
        for sid, kind, start, text in zip(group["sentence_id"], group["kind"], group["start"], group["text"]):
            names = find_names(text)
            relay = wires.relay_in(text)
            relay_span = None
            if relay:
                pos = text.find(relay[1])
                relay_span = (pos, pos + len(relay[1]))
            in_quote = lambda a, b: any(qs <= start + a and start + b <= qe for qs, qe in qspans)  # noqa: E731
            # A sentence-initial pronoun outside quotations refers back.
            lead = len(text) - len(text.lstrip(MARKS))
            first = _WORD.match(text, lead)
            if first and first.group().lower() in _PRONOUNS and not in_quote(first.start(), first.end()):
                wanted = _PRONOUNS[first.group().lower()]
                if wanted in last:
                    names.insert(0, {"actor": last[wanted], "surface": first.group(),
                                     "start": first.start(), "end": first.end(), "resolved": True})
            assign_roles(text, names, relay_span)
            for n in names:
                rows.append(
                    {
                        "article_id": article_id,
                        "sentence_id": sid,
                        "kind": kind,
                        "actor": n["actor"],
                        "type": types[n["actor"]],
                        "surface": n["surface"],
                        "start": n["start"],
                        "end": n["end"],
                        "role": n["role"],
                        "in_quote": in_quote(n["start"], n["end"]),
                        "resolved": n.get("resolved", False),
                        "named": n.get("named", False),
                    }
                )
                t = types[n["actor"]]
                if t in ("person", "group of people") and not n.get("resolved"):
                    last[t] = n["actor"]
    columns = ["article_id", "sentence_id", "kind", "actor", "type", "surface",
               "start", "end", "role", "in_quote", "resolved", "named"]
    return pd.DataFrame(rows, columns=columns)



# --------------------------------------------------------------------------
# Quotations
# --------------------------------------------------------------------------


def by_sentence(m: pd.DataFrame) -> dict[tuple[str, int], list[dict]]:
    """Mention records keyed by ``(article_id, sentence_id)``, grouped once
    so that callers need not filter the whole table for every sentence."""
    out: dict[tuple[str, int], list[dict]] = {}
    columns = list(m.columns)
    for values in zip(*(m[c].tolist() for c in columns)):
        record = dict(zip(columns, values))
        out.setdefault((record["article_id"], record["sentence_id"]), []).append(record)
    return out


def article_texts(corpus, kinds: tuple[str, ...] = ("body",)):
    """Each article's paragraphs of the given kinds as one plain text,
    paragraphs separated by blank lines, as ``find_quotes`` reads it.

    Yields ``(article_id, text, sentences)``; ``sentences`` lists, per
    sentence, ``(sentence_id, sentence text, start, end)`` with its span in
    ``text``.
    """
    current, parts, spans, pos = None, [], [], 0
    for article_id, paragraph, group in _paragraph_sentences(corpus):
        if article_id != current:
            if current is not None:
                yield current, "\n\n".join(parts), spans
            current, parts, spans, pos = article_id, [], [], 0
        if not set(group["kind"]) & set(kinds):
            continue
        if parts:
            pos += 2
        for sid, start, end, text in zip(group["sentence_id"], group["start"], group["end"], group["text"]):
            spans.append((int(sid), text, pos + int(start), pos + int(end)))
        parts.append(paragraph)
        pos += len(paragraph)
    if current is not None:
        yield current, "\n\n".join(parts), spans


def link_speaker(speaker: str | None, role: str | None) -> str | None:
    """The gazetteer actor a speaker is, if any: the longest alias found in
    the speaker's name, else in its role (``Presiden Prancis`` is France's
    president, not France).  Speakers outside the gazetteer stay unlinked."""
    types = _actor_types()
    speaker = speaker if isinstance(speaker, str) else ""
    role = role if isinstance(role, str) else ""
    for text in (speaker, f"{role} {speaker}".strip()):
        names = [n for n in find_names(text) if types[n["actor"]] != "news agency"]
        people = [n for n in names if types[n["actor"]] in ("person", "group of people", "organisation")]
        if people:
            return max(people, key=lambda n: n["end"] - n["start"])["actor"]
        if names and text == speaker and len(names) == 1 and names[0]["surface"] == speaker:
            return names[0]["actor"]
    return None


def people(corpus) -> pd.DataFrame:
    """Everyone each article's body names with a title, an office or an age,
    found by ``analysis.speakers.find_people`` without the actor list, then
    linked to it where possible.

    Columns: ``article_id, outlet, name, role`` (the first role the article
    gives), ``ordinary`` (an ordinary person rather than an official),
    ``actor`` (the actor-list entry, or None) and ``mentions``.
    """
    rows = []
    for article_id, text, _ in article_texts(corpus):
        found = find_people(text)
        for name, group in found.groupby("name", sort=False):
            roles = [r for r in group["role"] if r]
            role = roles[0] if roles else ""
            rows.append({"article_id": article_id, "name": name, "role": role,
                         "ordinary": bool(group["ordinary"].any()), "actor": link_speaker(name, role),
                         "mentions": len(group)})
    out = pd.DataFrame(rows, columns=["article_id", "name", "role", "ordinary", "actor", "mentions"])
    out = out.astype({"actor": object})
    out["actor"] = out["actor"].where(out["actor"].notna(), None)
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out.reset_index(drop=True)


QUOTE_COLUMNS = ["article_id", "sentence_id", "speaker", "actor", "speaker_role", "speaker_type", "kind", "text",
                 "cue", "relayed_via", "relay_inherited", "continued", "sentence"]


@per_corpus
def quotes(corpus) -> pd.DataFrame:
    """Every quotation in the corpus, as ``analysis.quotes.find_quotes`` reads
    each article's body, with its speaker linked to the gazetteer.

    Columns: ``article_id, sentence_id`` (where the quotation starts),
    ``speaker`` (as ``find_quotes`` gives it: the fullest name or body the
    article gives), ``actor`` (the gazetteer actor it links to, or None: a
    speaker outside the gazetteer is kept, never dropped), ``speaker_role``,
    ``speaker_type``, ``kind`` (``direct``, ``mixed`` or ``indirect``),
    ``text`` (the quoted or reported words), ``cue`` (the reporting word as
    written), ``relayed_via``, ``relay_inherited``, ``continued`` and
    ``sentence`` (the sentence the quotation starts in).

    Example
    -------
    >>> from analysis import load_corpus
    >>> q = quotes(load_corpus())
    >>> q.query("speaker == 'Sergei Lavrov'")[["kind", "cue", "relayed_via", "continued"]].values.tolist()
    [['direct', 'kata', 'Reuters', False], ['direct', None, 'Reuters', True]]
    """
    frames = []
    for article_id, text, spans in article_texts(corpus):
        q = find_quotes(text)
        if q.empty:
            continue
        starts = [a for _, _, a, _ in spans]
        where = [max(0, bisect_right(starts, s) - 1) for s in q["start"]]
        q = q.assign(
            article_id=article_id,
            sentence_id=[spans[k][0] for k in where],
            sentence=[spans[k][1] for k in where],
            actor=[link_speaker(sp, role) for sp, role in zip(q["speaker"], q["speaker_role"])],
        )
        frames.append(q)
    if not frames:
        return pd.DataFrame(columns=QUOTE_COLUMNS)
    out = pd.concat(frames, ignore_index=True)[QUOTE_COLUMNS]
    out = out.astype({"relayed_via": object, "cue": object, "speaker": object, "actor": object})
    for column in ("relayed_via", "cue", "speaker", "actor"):
        out[column] = out[column].where(out[column].notna(), None)
    return out


# --------------------------------------------------------------------------
# Prominence, agentless passives, co-occurrence, coverage
# --------------------------------------------------------------------------


def prominence(corpus, m: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article and actor: count, share, first sentence, headline and lead.

    The lead is the first body paragraph.  ``share`` is the actor's share of
    all actor mentions in that article; ``by_name`` is False where the
    article refers to the actor only by office (or pronoun), never by name.

    Example
    -------
    >>> from analysis import load_corpus
    >>> p = prominence(load_corpus()).set_index(["article_id", "actor"])
    >>> bool(p.loc[("inews-2020-11-20", "France"), "in_headline"])
    True
    """
    m = mentions(corpus) if m is None else m
    m = m[m["type"] != "news agency"]
    s = corpus.sentences
    lead_position = s[s["kind"] == "body"].groupby("article_id")["position"].min()
    lead_ids = s[s["position"] == s["article_id"].map(lead_position)]
    lead = set(zip(lead_ids["article_id"], lead_ids["sentence_id"]))
    m = m.assign(in_lead=[(a, i) in lead for a, i in zip(m["article_id"], m["sentence_id"])])
    g = m.groupby(["article_id", "actor"], sort=True)
    out = g.agg(
        mentions=("actor", "size"),
        first_sentence=("sentence_id", "min"),
        in_headline=("kind", lambda k: bool((k == "headline").any())),
        in_lead=("in_lead", "any"),
        by_name=("named", "any"),
    ).reset_index()
    out["share"] = out["mentions"] / out.groupby("article_id")["mentions"].transform("sum")
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out.sort_values(["article_id", "mentions", "actor"], ascending=[True, False, True], kind="stable").reset_index(drop=True)


def _verb_after(after: str) -> str | None:
    """The first verb after a subject, skipping auxiliaries and a companion
    phrase: "Rusia telah mengadakan ..." gives "mengadakan"."""
    c = _classes()
    after = re.sub(r"^\s*(?:,\s*yang\b[^,]*,|--[^-]*--)", " ", after)  # an appositive
    for w in _WORD.findall(after.split(".")[0])[:6]:
        lw = w.lower()
        if lw in c["aux"] or lw in c["partner"] or w[0].isupper() or lw in ("dan", "serta", "yang"):
            continue
        return lw if _verb_role(lw) else None
    return None


def portraits(corpus, m: pd.DataFrame | None = None, q: pd.DataFrame | None = None,
              which: list[str] | None = None) -> pd.DataFrame:
    """Per article and actor: how it is named, its roles, the verbs it is the
    subject of, and whether it is quoted.

    Columns: ``article_id, outlet, actor, named_as`` (the forms used, as
    written), ``by_name``, ``mentions``, ``roles`` ("agent 2, stance 1"),
    ``verbs`` (verbs whose subject the actor is, in order), ``quotes``.

    Example
    -------
    >>> from analysis import load_corpus
    >>> p = portraits(load_corpus(), which=["Turkey"]).set_index("article_id")
    >>> p.loc["kompas-2020-11-13", "verbs"]
    ['menandatangani', 'menyetujui']
    """
    m = mentions(corpus) if m is None else m
    q = quotes(corpus) if q is None else q
    m = m[m["type"] != "news agency"]
    if which is not None:
        m = m[m["actor"].isin(which)]
    text = dict(zip(zip(corpus.sentences["article_id"], corpus.sentences["sentence_id"]), corpus.sentences["text"]))
    rows = []
    for (article_id, actor), g in m.groupby(["article_id", "actor"], sort=True):
        roles = g["role"].value_counts()
        verbs = []
        for sid, end, role in zip(g["sentence_id"], g["end"], g["role"]):
            if role in ("agent", "stance"):
                verb = _verb_after(text.get((article_id, sid), "")[end:])
                if verb:
                    verbs.append(verb)
        said = q[(q["article_id"] == article_id) & (q["actor"] == actor)]
        rows.append({
            "article_id": article_id, "actor": actor,
            "named_as": list(dict.fromkeys(g["surface"])),
            "by_name": bool(g["named"].any()), "mentions": len(g),
            "roles": ", ".join(f"{r} {n}" for r, n in roles.sort_index().sort_values(ascending=False,
                                                                                    kind="stable").items()),
            "verbs": list(dict.fromkeys(verbs)),
            "quotes": len(said),
        })
    out = pd.DataFrame(rows, columns=["article_id", "actor", "named_as", "by_name", "mentions", "roles", "verbs",
                                      "quotes"])
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out


def agentless_passives(corpus) -> pd.DataFrame:
    """di- passives whose doer the text does not name, one row each.

    A di- verb has a named agent when *oleh* or an actor name follows it, or
    when it carries the agent clitic *-nya* (*dipandangnya*, "seen by it").
    Relay formulas (*dilansir*, *dikutip*) are not counted.

    Example
    -------
    >>> from analysis import load_corpus
    >>> a = agentless_passives(load_corpus())
    >>> sorted(a.query("article_id == 'inews-2020-11-20'")["verb"])
    ['didesak', 'dikhawatirkan']
    """
    relay_verbs = {"dilansir", "dikutip"}
    rows = []
    s = corpus.sentences
    for article_id, sid, text, kind, position in zip(s["article_id"], s["sentence_id"], s["text"], s["kind"], s["position"]):
        if kind not in ("body", "subheading", "headline", "caption"):
            continue
        names = find_names(text)
        for match in _WORD.finditer(text):
            w = match.group()
            if not _is_passive_verb(w) or w.lower() in relay_verbs:
                continue
            after = text[match.end():]
            if re.match(r"^\s*oleh\b", after) or any(n["start"] == match.end() + 1 for n in names):
                continue
            rows.append({"article_id": article_id, "sentence_id": sid, "verb": w, "sentence": text})
    out = pd.DataFrame(rows, columns=["article_id", "sentence_id", "verb", "sentence"])
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out


def cooccurrence(corpus, m: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pairs of actors named in the same sentence, counted per article (with
    its outlet)."""
    m = mentions(corpus) if m is None else m
    m = m[m["type"] != "news agency"]
    rows = []
    for (article_id, _), group in m.groupby(["article_id", "sentence_id"], sort=True):
        for a, b in combinations(sorted(set(group["actor"])), 2):
            rows.append((article_id, a, b))
    out = pd.DataFrame(rows, columns=["article_id", "actor_a", "actor_b"])
    out = out.groupby(["article_id", "actor_a", "actor_b"]).size().rename("sentences").reset_index()
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    return out


def _ordinary_words() -> set[str]:
    return read_word_list(ORDINARY_FILE)


def _is_dictionary_word(word: str) -> bool:
    """A word Sastrawi's dictionary knows, as a root or through its stem
    ("Kedatangan", "Tujuannya"): capitalised only because it opens a sentence."""
    return is_root_word(word) or is_root_word(stem(word))


def unmatched_names(corpus) -> pd.DataFrame:
    """Capitalised words in the analysed body that no actor alias covers and no
    list sets aside.  The coverage test requires this to be empty.

    Headlines are left out: they are in title case, so every word is capitalised.
    """
    covered = set(names_set_aside()["name"])
    # A word of a known name or office ("Nikol" of "Nikol Pashinyan",
    # "Perdana" of "perdana menteri Armenia") is known, though the alias as a
    # whole did not occur.
    covered |= {w for a in _aliases() if not a.is_office for w in _WORD.findall(a.surface)}
    ordinary = _ordinary_words() | {w.lower() for a in _aliases() if a.is_office for w in _WORD.findall(a.surface)}
    rows = []
    s = corpus.sentences
    for article_id, sid, text, kind in zip(s["article_id"], s["sentence_id"], s["text"], s["kind"]):
        if kind == "headline":
            continue
        spans = [(n["start"], n["end"]) for n in find_names(text)]
        for match in _WORD.finditer(text):
            w = match.group()
            if not w[0].isupper() or any(a <= match.start() < b for a, b in spans):
                continue
            if w in covered or w.lower() in ordinary or _is_dictionary_word(w.lower()):
                continue
            # A city alias used as a place ("ke Moskwa") is a place.
            if any(w == a.surface and a.is_city for a in _aliases()):
                continue
            rows.append({"article_id": article_id, "sentence_id": sid, "word": w, "sentence": text})
    return pd.DataFrame(rows, columns=["article_id", "sentence_id", "word", "sentence"])


# --------------------------------------------------------------------------
# Tables for the chapter
# --------------------------------------------------------------------------


def voices_table(corpus) -> pd.DataFrame:
    """Who is quoted, how, through which wire: with the sentence and its gloss."""
    from analysis.glosses import gloss

    q = quotes(corpus)
    role = q["speaker_role"].fillna("").map(lambda r: f" ({r})" if r else "")
    relay = q["relayed_via"].fillna("no named wire") + q["relay_inherited"].map({True: " (named earlier)", False: ""})
    how = (
        q["speaker"].fillna("unattributed") + role
        + ": " + q["kind"] + q["continued"].map({True: ", continued", False: ""})
        + ", " + q["cue"].fillna("no reporting word")
        + ", via " + relay
    )
    return pd.DataFrame(
        {
            "Outlet": q["article_id"].map(corpus.articles["outlet"]),
            "Who, how, via": how,
            "Indonesian": q["sentence"],
            "Gloss": q["sentence"].map(gloss),
        }
    )


def agency_matrix(corpus, m: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mentions per article, actor and role (agencies left out), with the outlet.

    Example
    -------
    >>> from analysis import load_corpus
    >>> a = agency_matrix(load_corpus()).set_index(["article_id", "actor"])
    >>> int(a.loc[("inews-2020-11-20", "France"), "stance"])
    3
    """
    m = mentions(corpus) if m is None else m
    m = m[m["type"] != "news agency"]
    table = pd.crosstab([m["article_id"], m["actor"]], m["role"])
    table = table.reindex(columns=[r for r in ROLES if r != "relay"], fill_value=0)
    table["all"] = table.sum(axis=1)
    out = table.reset_index().sort_values(["article_id", "all", "actor"], ascending=[True, False, True],
                                          kind="stable")
    out.insert(1, "outlet", out["article_id"].map(corpus.articles["outlet"]))
    out.columns.name = None
    return out.reset_index(drop=True)


def label_by_office(actor: str, by_name: bool) -> str:
    """An actor's label in a table about one article: marked where that
    article never names it.

    >>> label_by_office("Ilham Aliyev", False), label_by_office("Russia", True)
    ('Ilham Aliyev (by office only)', 'Russia')
    """
    return actor if by_name else f"{actor} (by office only)"

