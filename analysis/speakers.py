"""Who is speaking: noun phrases, names and roles in Indonesian news text.

The reader in ``analysis.quotes`` finds a reporting word; this module reads
the noun phrase beside it and splits it into a name and a role:

* ``np_forward`` and ``np_backward`` find the phrase after a cue
  (``kata Menteri Luar Negeri Retno Marsudi``) or before a verb
  (``Ketua KPU Arief Budiman mengatakan``), across appositions
  (``Lavrov, Menteri Luar Negeri Rusia,``) but not across two people;
* ``speaker_of`` splits it: the name is the last run of capitalised words
  that are not offices, organisations, places, outlets, acronyms or
  ordinary derived words (*Peraturan*, *Menanggapi*); the role is the words
  beside it;
* ``find_people`` lists everyone an article names with a title, an office
  or an age in brackets, gazetteer or not.

Example
-------
>>> toks = tokens("kata Wakil Ketua KPK Nawawi Pomolango di Jakarta")
>>> i, j, age = np_forward(toks, 1, lexicon())
>>> sp = speaker_of("kata Wakil Ketua KPK Nawawi Pomolango di Jakarta", toks, i, j, age, lexicon())
>>> sp.name, sp.role
('Nawawi Pomolango', 'Wakil Ketua KPK')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from analysis.lexicon import PRONOUNS, Lexicon, cue_form, derived, is_root_word, lexicon, stem

__all__ = ["Tok", "tokens", "Speaker", "np_forward", "np_backward", "np_after_cue", "subject", "speaker_of",
           "is_name_token", "role_word", "find_people", "people_in", "article_places", "MARKS", "WORD"]

#: Double quotation marks: some only open, some only close, some do both.
OPEN_ONLY = "„«"
CLOSE_ONLY = "»"
EITHER = "\"“”"    # “ opens in English style and closes in German („…“)
MARKS = OPEN_ONLY + CLOSE_ONLY + EITHER
_LOWER_NAME_PARTICLES = {"bin", "binti", "van", "von", "de", "der", "al", "el", "da", "di", "la", "le"}
MAX_NP_WORDS = 12   # tokens in a speaker's noun phrase: at most twice this

# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------

_COMMA = re.compile(r"\s*,\s*")
WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r"[^\W_](?:[\w’'\-]*[^\W_])?\.?|\S")
INITIAL = re.compile(r"^[A-Z]\.$")


class Tok:
    """A token with its character offsets; ``word``, ``lower`` and ``cap``
    are computed once, since every rule asks for them."""

    __slots__ = ("text", "start", "end", "word", "lower", "cap")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        first = text[0]
        self.word = first.isalnum()
        self.cap = first.isupper()
        low = text.lower()
        self.lower = low[:-1] if low[-1] == "." and len(low) > 1 else low

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Word and punctuation tokens of ``text[start:end]`` with their offsets.

    A final full stop stays with initials and short titles only:

    >>> [t.text for t in tokens("kata Dr. Budi kemarin.")]
    ['kata', 'Dr.', 'Budi', 'kemarin', '.']
    """
    end = len(text) if end is None else end
    honorific = lexicon().honorific
    out = []
    append = out.append
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        if t[-1] == "." and len(t) > 1 and not (INITIAL.match(t) or len(t) <= 5 and t[:-1].lower() in honorific):
            s, e = m.span()
            append(Tok(t[:-1], s, e - 1))
            append(Tok(".", e - 1, e))
        else:
            append(Tok(t, m.start(), m.end()))
    return out


# --------------------------------------------------------------------------
# Noun phrases: who is speaking
# --------------------------------------------------------------------------


@dataclass
class Speaker:
    """A speaker as written: its surface, name, role and kind."""

    surface: str = ""
    name: str = ""
    role: str = ""
    pronoun: str = ""
    ordinary: bool = False
    group: bool = False
    #: a one-word "name" that opens a sentence and is also an ordinary word
    #: (Sudah, Sistem): a name only if the article has introduced it before
    weak: bool = False
    start: int = -1
    end: int = -1

    @property
    def empty(self) -> bool:
        return not (self.name or self.role or self.pronoun or self.group)


def _np_word(t: Tok, lex: Lexicon) -> bool:
    """Can this token be part of a speaker's noun phrase?"""
    if not t.word:
        return False
    low = t.lower
    if (low in lex.time or low in lex.function) and t.cap:
        return False
    if t.cap or t.text[0].isdigit() and len(t.text) <= 4:
        return True
    return low in lex.office or low in lex.honorific or low in lex.ordinary or low in lex.org_head \
        or low in lex.group or low in PRONOUNS or low in _NAME_JOINERS or low in {"itu", "tersebut", "ini", "setempat", "para"}


def _apposition(right: list[Tok], left_last: Tok, lex: Lexicon) -> bool:
    """Reading backwards over a comma: do the words left of it belong to the
    same person as ``right``?  Yes for a role after a name ("Lavrov,
    Menteri Luar Negeri Rusia,") and for a bare name after a role that ends
    in a place or body ("Menteri Luar Negeri Rusia, Sergei Lavrov"); no for
    two people ("… perdana menteri Armenia, Presiden Prancis Emmanuel Macron")."""
    words = [t for t in right if t.word]
    names = [t for t in words if is_name_token(t, lex)]
    if not names:
        return True
    return len(names) == len(words) and not is_name_token(left_last, lex)


def _name_then_stop(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Is token k the start of a short name that ends the phrase
    ("…, kata juru bicara Satgas, Tutuko Raharjo, dalam …")?"""
    n = 0
    while k < len(toks) and toks[k].word and toks[k].cap and n < 5:
        k, n = k + 1, n + 1
    if not 1 <= n <= 4:
        return False
    return k == len(toks) or not toks[k].word or toks[k].lower in lex.function


def np_after_cue(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, int, bool]:
    """The noun phrase after *kata*, *ujar* or *menurut*: as ``np_forward``,
    but a lone capitalised word there is a name even if it is also a day."""
    a, b, age = np_forward(toks, i, lex)
    if a == b and i < len(toks) and toks[i].word and toks[i].cap:
        b = i + 1
    return a, b, age


def role_word(t: Tok, lex: Lexicon) -> bool:
    """Does this word open a role (an office, a title, an ordinary person's
    description or a body)?"""
    return t.lower in lex.office or t.lower in lex.honorific or t.lower in lex.ordinary or t.lower in lex.org_head \
        or t.lower in lex.group


def np_forward(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, int, bool]:
    """Tokens [i, j) that form a noun phrase from token i; and whether an
    age in brackets follows it."""
    j = i
    age = False
    while j < len(toks) and j - i < 2 * MAX_NP_WORDS:
        t = toks[j]
        if t.word:
            low = t.lower
            if not _np_word(t, lex):
                break
            if low in PRONOUNS and j > i:
                break
            if low in {"itu", "tersebut", "ini", "setempat"}:
                j += 1
                break
            if low in _NAME_JOINERS and not (j + 1 < len(toks) and toks[j + 1].cap and j > i
                                             and not role_word(toks[j + 1], lex)):
                break     # "Presiden A dan Wakil Presiden B" is two people
            j += 1
            if low in PRONOUNS:
                break
        elif t.text == "," and j > i and j + 1 < len(toks) and toks[j + 1].word and _np_word(toks[j + 1], lex) \
                and toks[j + 1].lower not in PRONOUNS and not cue_form(toks[j + 1].text) \
                and (role_word(toks[j + 1], lex) or not any(is_name_token(x, lex) for x in toks[i:j])
                     or _name_then_stop(toks, j + 1, lex)):
            # an apposition: "Sergei Lavrov, Menteri Luar Negeri" or
            # "Menteri Luar Negeri Rusia, Sergei Lavrov" (no name yet)
            j += 1
        elif t.text == "/" and j > i and j + 1 < len(toks) and toks[j + 1].cap and toks[j - 1].cap:
            j += 1     # "Menteri Riset dan Teknologi/Kepala BRIN"
        elif t.text == "(":
            k = j + 1
            close = next((m for m in range(k, min(k + 8, len(toks))) if toks[m].text == ")"), None)
            if close is None:
                break
            inner = toks[k:close]
            if len(inner) == 1 and inner[0].text.isdigit() and len(inner[0].text) <= 3:
                age = True
                break
            if inner and all(x.word and (x.text.isupper() or x.cap) for x in inner):
                j = close + 1          # an acronym in brackets: Komisi Pemilihan Umum (KPU)
                continue
            break
        else:
            break
    while j > i and not toks[j - 1].word and toks[j - 1].text != ")":
        j -= 1
    while j > i and toks[j - 1].lower == "dan":
        j -= 1
    return i, j, age


#: Lower-case words that join capitalised words inside one name or title
#: ("Menteri Pemuda dan Olahraga", "Head of Research").
_NAME_JOINERS = {"dan", "and", "of", "on", "at", "for", "the", "&"}

_SKIP_BEFORE_VERB = {"juga", "pun", "kemudian", "lalu", "sebelumnya", "telah", "sudah", "pernah", "kembali",
                     "lantas", "sempat", "bahkan", "hanya", "tetap", "akan", "terus", "masih", "tak", "tidak",
                     "secara", "langsung", "tegas", "singkat"}


def _skip_time_adverbial(toks: list[Tok], j: int, lo: int, lex: Lexicon) -> int:
    """Step back over ", Minggu (3/5/2020)," or ", Kamis," before token j."""
    k = j
    if k > lo and toks[k - 1].text == ",":
        k -= 1
    if k > lo and toks[k - 1].text == ")":
        openp = next((m for m in range(k - 2, max(lo - 1, k - 12), -1) if toks[m].text == "("), None)
        if openp is None:
            return j
        k = openp
    if k > lo and toks[k - 1].lower in lex.time and toks[k - 1].cap:
        k -= 1
        return k if k < j else j
    return j


def np_backward(toks: list[Tok], j: int, lex: Lexicon, lo: int) -> tuple[int, int, bool]:
    """The noun phrase that ends just before token j (not before ``lo``)."""
    while j > lo and toks[j - 1].lower in _SKIP_BEFORE_VERB:
        j -= 1
    j = _skip_time_adverbial(toks, j, lo, lex)
    if j > lo and toks[j - 1].text == ",":
        # "X, Menteri Y, mengatakan": an apposition closed by a comma
        j -= 1
    i = j
    age = False
    while i > lo and j - i < 2 * MAX_NP_WORDS:
        t = toks[i - 1]
        if t.word:
            if not _np_word(t, lex):
                break
            if t.lower in _NAME_JOINERS and not (i - 2 >= lo and toks[i - 2].cap):
                break
            if t.lower in PRONOUNS:
                if i == j:
                    i -= 1     # a pronoun stands alone: "ia mengatakan"
                break
            i -= 1
        elif t.text == "," and i - 1 > lo and _np_word(toks[i - 2], lex) and toks[i - 2].lower not in PRONOUNS \
                and _apposition(toks[i:j], toks[i - 2], lex):
            i -= 1
        elif t.text == "/" and i - 1 > lo and toks[i - 2].cap and i < j and toks[i].cap:
            i -= 1
        elif t.text == ")":
            k = i - 2
            openp = next((m for m in range(k, max(lo - 1, k - 8), -1) if toks[m].text == "("), None)
            if openp is None:
                break
            inner = toks[openp + 1:i - 1]
            if len(inner) == 1 and inner[0].text.isdigit() and len(inner[0].text) <= 3:
                age = True
            elif not (inner and all(x.word and (x.text.isupper() or x.cap) for x in inner)):
                break
            i = openp
        else:
            break
    while i < j and not toks[i].word:
        i += 1
    # "Sementara itu, X": keep what follows the last comma if the head is a connective.
    return i, j, age


def speaker_of(text: str, toks: list[Tok], i: int, j: int, age: bool, lex: Lexicon,
             after_cue: bool = False) -> Speaker:
    """Split tokens [i, j) into a name and a role.  ``lex.places``: words the
    article uses as places or bodies, which do not start a name."""
    np = [t for t in toks[i:j]]
    if not np:
        return Speaker()
    sp = Speaker(surface=text[np[0].start:np[-1].end], start=np[0].start, end=np[-1].end, ordinary=age)
    words = [t for t in np if t.word]
    if len(words) == 1 and words[0].lower in PRONOUNS:
        sp.pronoun = words[0].lower
        sp.group = words[0].lower == "mereka"
        return sp
    lowers = {t.lower for t in words}
    if words[-1].lower in {"itu", "ini", "tersebut"}:
        # "pejabat itu", "Sejauh ini": a description, not a name
        sp.role = sp.surface
        sp.group = not (lowers & lex.office)
        sp.ordinary = bool(lowers & lex.ordinary)
        return sp
    # An ordinary person: the phrase is headed by a word such as warga or
    # pedagang ("warga Desa X"), not merely containing one ("Ketua Asosiasi
    # Pedagang").
    for part in _COMMA.split(sp.surface):
        head = [w for w in part.lower().split() if w not in lex.honorific and w not in lex.function
                and w not in {"para", "seorang", "salah", "satu", "sang"}]
        if head and (head[0] in lex.ordinary or any(" ".join(head).startswith(p) for p in lex.ordinary_phrases)):
            sp.ordinary = True
    # The name is the last run of capitalised words that are not offices,
    # organisations, places or acronyms; in "Name, Role" order, the first.
    parts: list[list[Tok]] = [[]]
    for t in np:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    # Prefer a part that is a name and nothing else ("…, Sutaryono, …"), then
    # one whose name follows a title or office, then the last.
    best, best_score = None, -1
    for part in parts:
        run = _name_run(part, lex)
        # Places and bodies are not part of a name: "Bawaslu Karawang Nurdin"
        # is Nurdin of the Karawang election board.
        cut = max((k for k, t in enumerate(run[:-1]) if t.lower in lex.places), default=-1)
        run = run[cut + 1:]
        if run and run[0].lower in lex.places:
            run = []
        if not run:
            continue
        k = part.index(run[0])
        score = 2 if len(run) == len([t for t in part if t.word]) else \
            1 if k > 0 and part[k - 1].lower in lex.office | lex.honorific else 0
        if score >= best_score:
            best, best_score = run, score
    if not best and after_cue:
        # Right after "kata" or "ujar" a capitalised word is a name even if it
        # is also a word, a day or a place ("kata Hari", "ujar Minggu").
        caps = [t for t in np if t.word and t.cap and not role_word(t, lex) and t.lower not in lex.function]
        if caps and caps[-1] is np[-1]:
            best = [caps[-1]]
    if best:
        sp.name = text[best[0].start:best[-1].end]
        k = toks.index(best[0], i)
        if (k == 0 or toks[k - 1].text in ".!?" + MARKS) and (is_root_word(best[0].lower) or derived(best[0].lower)
                                                              or is_root_word(stem(best[0].lower))):
            # A capital that only opens the sentence (Seiring, Tambahan, Sri):
            # the name is the rest, or, alone, a name only if known already.
            if len(best) == 1:
                sp.weak = True
            else:
                dropped = best[0]
                best = best[1:]
                sp.name = text[best[0].start:best[-1].end]
                np = [t for t in np if t is not dropped]
        # The role: the words beside the name in its own part of the phrase,
        # else the other parts ("Menteri Luar Negeri Rusia, Sergei Lavrov").
        own = next((part for part in parts if best[0] in part), [])
        role_toks = [t for t in own if t.word and (t.start < best[0].start or t.start > best[-1].end)]
        if not [t for t in role_toks if t.lower not in lex.honorific]:
            role_toks = [t for t in np if t.start < best[0].start or t.start > best[-1].end]
        # An age in brackets says who the speaker is, not what office they hold.
        role_toks = [t for t in role_toks if not (t.text.isdigit() and text[t.start - 1:t.start] == "(")]
        role = text[role_toks[0].start:role_toks[-1].end] if role_toks else ""
        if role.count("(") > role.count(")") and text[role_toks[-1].end:role_toks[-1].end + 1] == ")":
            role += ")"     # "Komisi Pemilihan Umum (KPU)"
        sp.role = role.strip(" ,").removesuffix("(").strip(" ,")
        if sp.role and not ({t.lower for t in role_toks if t.word} - lex.honorific - {"dan", "para"}):
            sp.role = ""
    else:
        first = next(t for t in words if t.lower not in lex.function)
        if not (role_word(first, lex) or first.lower in lex.org_word or first.text.isupper() and len(first.text) > 1):
            return Speaker()   # "menurut Peraturan Menteri …", "menurut data …": a source, not a speaker
        sp.role = sp.surface.strip(" ,")
        has_office = bool(lowers & lex.office)
        sp.group = not has_office and not sp.ordinary
    return sp



def is_name_token(t: Tok, lex: Lexicon) -> bool:
    if not t.word or not t.cap:
        return False
    low = t.lower
    if low in lex.office or low in lex.org_head or low in lex.org_word or low in lex.place_head \
            or low in lex.time or low in lex.function or low in PRONOUNS or low in lex.ordinary \
            or low in lex.honorific:
        return False
    if len(t.text) > 1 and t.text.isupper() and not INITIAL.match(t.text):
        return False   # an acronym: an organisation, not a name
    if low in lex.outlet_words:
        return False
    return not any(ch.isdigit() for ch in t.text) and not derived(low)


def _name_run(part: list[Tok], lex: Lexicon) -> list[Tok]:
    """The last run of name tokens in a comma-free part of a noun phrase."""
    run: list[Tok] = []
    best: list[Tok] = []
    prev = None
    for t in part:
        if is_name_token(t, lex) and not (prev is not None and prev.lower in lex.place_head | lex.org_head
                                           and not run):
            run.append(t)
        elif run and t.lower in _LOWER_NAME_PARTICLES and not t.cap:
            run.append(t)
        else:
            if run:
                best = run
            run = []
        prev = t
    if run:
        best = run
    while best and not best[-1].cap:
        best = best[:-1]
    return best[-4:] if len(best) > 4 else best


def find_people(text: str) -> pd.DataFrame:
    """People and bodies named with a title, office or age, anywhere in ``text``.

    One row per mention: ``start, end, surface, name, role, ordinary``.  This
    is the open-world counterpart of a gazetteer: it finds whoever the
    article names, e.g. ``Menteri Luar Negeri Retno Marsudi`` or
    ``Ani (34), warga Bogor``.

    >>> find_people("Wakil Presiden Ma'ruf Amin tiba. Ani (34) menunggu.")[["name", "role", "ordinary"]].values.tolist()
    [["Ma'ruf Amin", 'Wakil Presiden', False], ['Ani', '', True]]
    """
    lex = lexicon()
    rows = []
    for sp in people_in(text, lex):
        rows.append({"start": sp.start, "end": sp.end, "surface": sp.surface, "name": sp.name,
                     "role": sp.role, "ordinary": sp.ordinary})
    return pd.DataFrame(rows, columns=["start", "end", "surface", "name", "role", "ordinary"])


def people_in(text: str, lex: Lexicon, toks: list[Tok] | None = None) -> list[Speaker]:
    """Noun phrases that name a person: a title or office followed by a
    capitalised name, or a name followed by an age in brackets."""
    toks = tokens(text) if toks is None else toks
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        low = t.lower
        starts = t.word and (low in lex.office or low in lex.honorific) and (t.cap or i == 0 or not toks[i - 1].cap)
        if starts:
            a, b, age = np_forward(toks, i, lex)
            sp = speaker_of(text, toks, a, b, age, lex)
            if sp.name:
                out.append(sp)
                i = max(b, i + 1)
                continue
        if t.word and t.cap and i + 3 < len(toks) and toks[i + 1].text == "(" and toks[i + 2].text.isdigit() \
                and toks[i + 3].text == ")" and len(toks[i + 2].text) <= 3:
            a = i
            while a > 0 and toks[a - 1].word and toks[a - 1].cap and is_name_token(toks[a - 1], lex) and i - a < 3:
                a -= 1
            sp = speaker_of(text, toks, a, i + 1, True, lex)
            if sp.name:
                out.append(sp)
        i += 1
    return out


def article_places(text: str, lex: Lexicon) -> frozenset:
    """Capitalised words the article writes after *di*, *ke*, *dari* or a
    place or body word (Kabupaten, Dinas): places and bodies, not names.

    >>> sorted(article_places("Ia tiba di Bogor dari Kabupaten Garut; Kepala Dinas Sosial hadir.", lexicon()))
    ['bogor', 'garut', 'kabupaten', 'sosial']
    """
    heads = lex.place_head | lex.org_head | {"di", "ke", "dari"}
    return frozenset(following.lower() for head, following in _BEFORE_CAPITAL.findall(text) if head.lower() in heads)


#: A word and the capitalised word after it (looked ahead, so that pairs chain).
_BEFORE_CAPITAL = re.compile(r"([^\W\d_]+)\s+(?=([^\W\d_a-z][\w’'-]*))")


#: a word that looks like a verb (meN-, ber-, di-, ter- forms): where a subject ends
VERB_LIKE = re.compile(r"^(?:me|ber|di|ter)[a-z]{3,}$")


def subject(text: str, toks: list[Tok], lo: int, verb: int, lex: Lexicon) -> Speaker:
    """The subject of the clause that ends at ``verb``: the noun phrase that
    opens the sentence (after a connective such as *Namun* or *Sementara
    itu,*)."""
    i = lo
    while i < verb and (not toks[i].word or toks[i].lower in lex.connective or toks[i].lower in {"itu", "dan"}):
        i += 1
    a, b, age = np_forward(toks, i, lex)
    # quantifiers and plural markers: "Ratusan demonstran", "Para pengunjuk rasa"
    if (a == b or a == i and b == i + 1) and i < verb and toks[i].lower in lex.function | {"para"}:
        # a quantified group: "Ratusan demonstran", "Para pengunjuk rasa"
        b = i + 1
        while b < verb and b < i + 4 and toks[b].word and not VERB_LIKE.match(toks[b].lower):
            b += 1
        if b == i + 1:
            return Speaker()
        surface = text[toks[i].start:toks[b - 1].end]
        return Speaker(surface=surface, role=surface, group=True, start=toks[i].start, end=toks[b - 1].end)
    if b > verb or a == b:
        return Speaker()
    return speaker_of(text, toks, a, b, age, lex)
