"""Read scraped news-page text into a corpus of articles and classified lines.

The raw files in ``seeds/`` are page text exactly as it was scraped: headline,
byline, body, and the page's clutter (subscription banners, "Baca juga" links,
related-article lists, share and login prompts).  The files are never edited;
this module classifies every non-blank line of every file as one of

``headline``, ``meta``, ``caption``, ``subheading``, ``body`` or ``boilerplate``

and records the rule that decided it, so nothing is dropped silently.  The
layout rules of each outlet live in ``analysis/data/profiles.yaml``.

Example
-------
>>> from analysis import load_corpus
>>> corpus = load_corpus()
>>> sorted(corpus.articles["outlet"])
['Kompas.com', 'iNews.id']
>>> corpus.articles.loc["kompas-2020-11-13", "dateline"]
'PARIS'
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from analysis import profiles as _profiles
from analysis import text as _text
from analysis.dates import dated_references, find_date
from analysis.publisher import header_outlet, lead_reference
from analysis.topic import judge, load_topic

__all__ = ["Corpus", "CorpusError", "corpus_from_files", "load_corpus", "per_corpus", "read_article", "SEEDS_DIR", "KINDS"]

#: The repository's ``seeds/`` folder, read by :func:`load_corpus` by default.
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
#: An environment variable that points the whole book at another folder.
SEEDS_ENV = "NK_SEEDS_DIR"

#: Every kind a line can be given, in the order the book reports them.
KINDS = ("headline", "meta", "caption", "subheading", "body", "boilerplate")

#: Article files larger than this are refused before they are read.
MAX_FILE_BYTES = 2 * 2**20

# A related headline in a list is at most this long.
_MAX_HEADLINE_WORDS = 16
# A subheading is a short line with no sentence-final punctuation.
_MAX_SUBHEADING_WORDS = 8
# Without a dateline, the first paragraph of at least this many words that
# ends a sentence is taken as the start of the body.
_MIN_LEAD_WORDS = 15
# A byline name: two to five capitalised words and nothing else.
_NAME = re.compile(r"^[A-Z][a-zA-Z'.-]+(?:\s+[A-Z][a-zA-Z'.-]+){1,4}$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


class CorpusError(ValueError):
    """A seed file that cannot be read as a news article.

    The message always names the file and the problem, e.g.
    ``"empty.txt: the file is empty"``.
    """

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


@dataclass
class Corpus:
    """The articles and every classified line of their raw files.

    Attributes
    ----------
    articles : DataFrame indexed by ``article_id`` with one row per article.
    paragraphs : DataFrame with one row per non-blank raw line, in reading order.
    errors : list of :class:`CorpusError` for files set aside when
        ``load_corpus(on_error="collect")`` was used.
    derived : tables computed from this corpus by functions wrapped in
        :func:`per_corpus`, so that each is computed once.
    """

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    errors: list = field(default_factory=list)
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """Analysed sentences: headline, caption, subheadings and body.

        One row per sentence with ``article_id, sentence_id, position, kind,
        text``.  ``sentence_id`` 0 is the headline; body sentences are
        numbered in reading order.  ``position`` is the paragraph it sits in.
        """
        return _text.sentences(self.paragraphs)

    @property
    def set_aside(self) -> pd.DataFrame:
        """Every file that was read but not analysed, with the reason:
        ``file, reason`` (empty unless ``on_error="collect"`` was used)."""
        return pd.DataFrame([(e.path.name, e.problem) for e in self.errors], columns=["file", "reason"])

    def body(self, article_id: str) -> list[str]:
        """Body paragraphs of one article, dateline removed, in order."""
        p = self.paragraphs
        rows = p[(p["article_id"] == article_id) & (p["kind"] == "body")]
        return rows["text"].tolist()


def per_corpus(fn):
    """Compute ``fn(corpus)`` once per corpus; later calls get a copy.

    Mentions, for example, feed quotations, frames, the ceasefire attributes
    and the synthesis; without this each would find every name again. The
    copy keeps a caller that edits its table from changing anyone else's.

    Example
    -------
    >>> calls = []
    >>> @per_corpus
    ... def n_lines(corpus):
    ...     calls.append(1)
    ...     return corpus.paragraphs[["line"]]
    >>> c = load_corpus()
    >>> n_lines(c).equals(n_lines(c)), len(calls)
    (True, 1)
    """

    key = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def wrapper(corpus):
        if key not in corpus.derived:
            corpus.derived[key] = fn(corpus)
        return corpus.derived[key].copy()

    return wrapper


# --------------------------------------------------------------------------
# Reading one file
# --------------------------------------------------------------------------


def _decode(path: Path) -> tuple[str, bytes]:
    """Text of ``path`` and its raw bytes, or a CorpusError that says what is wrong.

    Special files (a FIFO, a device, a link to one) and files over
    ``MAX_FILE_BYTES`` are refused before anything is read.  UTF-16 with a
    byte-order mark is read as UTF-16; UTF-16 without one is named as such.
    """
    try:
        info = path.stat()
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise CorpusError(path, "is not a regular file (a device, a pipe or a link to one); it was not read")
    if info.st_size > MAX_FILE_BYTES:
        raise CorpusError(path, f"is {info.st_size / 2**20:.1f} MiB; article files over "
                                f"{MAX_FILE_BYTES // 2**20} MiB are refused (a news page is rarely over 200 kB)")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(path, f"cannot be read ({exc.strerror})") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _clean(path, raw.decode("utf-16")), raw
        except UnicodeDecodeError:
            raise CorpusError(path, "starts with a UTF-16 byte-order mark but is not valid UTF-16") from None
    if not raw.strip():
        raise CorpusError(path, "the file is empty")
    if b"\x00" in raw:
        if _looks_like_utf16(raw):
            raise CorpusError(path, "is UTF-16 text without a byte-order mark; re-save it as UTF-8")
        raise CorpusError(path, "looks like a binary file (it contains NUL bytes), not page text")
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = body[exc.start]
        raise CorpusError(
            path,
            f"is not UTF-8 text (byte 0x{bad:02x} at offset {exc.start}); "
            "re-save it as UTF-8",
        ) from None
    return _clean(path, text), raw


def _looks_like_utf16(raw: bytes) -> bool:
    """Most odd or most even bytes NUL: ASCII-range text in UTF-16."""
    sample = raw[:4096]
    half = max(1, len(sample) // 2)
    return sample[1::2].count(0) > 0.6 * half or sample[0::2].count(0) > 0.6 * half


def _clean(path: Path, text: str) -> str:
    """Normalised line ends; control characters refused."""
    if not text.strip():
        raise CorpusError(path, "the file is empty")
    control = re.search(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", text)
    if control:
        raise CorpusError(
            path,
            f"contains control character U+{ord(control.group()):04X}; "
            "it does not look like page text",
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _headline_like(line: str) -> bool:
    """A line shaped like a headline: capitalised, at most
    ``_MAX_HEADLINE_WORDS`` words, no sentence-final punctuation."""
    words = line.split()
    return 0 < len(words) <= _MAX_HEADLINE_WORDS and (line[0].isupper() or line[0].isdigit()) \
        and not _SENTENCE_END.search(line) and not line.endswith((",", ":", ";"))


def _is_subheading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _MAX_SUBHEADING_WORDS
        and line[0].isupper()
        and not _SENTENCE_END.search(line)
        and not line.endswith((",", ":", ";"))
    )


def _publisher(lines: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    """The outlet a page names in its header or in its lead's dateline, with
    the line that says so; never a name from further down the page."""
    named = None
    for _, line in lines:
        lead = lead_reference(line)
        if lead is not None:
            return lead.outlet, line[:lead.end].strip()
        if named is None and (outlet := header_outlet(line)):
            named = (outlet, line)
    return named if named else (None, None)


def read_article(path: Path | str) -> tuple[dict, list[dict]]:
    """Read one raw page file.

    Returns the article's metadata (a dict) and one dict per non-blank line
    with its ``kind`` and the ``reason`` for it.  Raises :class:`CorpusError`
    for a file that is not readable page text or has no headline.

    Example
    -------
    >>> meta, lines = read_article(SEEDS_DIR / "inews-2020-11-20.txt")
    >>> meta["outlet"], meta["published"], meta["published_source"]
    ('iNews.id', datetime.date(2020, 11, 20), 'inferred')
    """
    path = Path(path)
    text, raw_bytes = _decode(path)
    lines = [(n, raw.strip()) for n, raw in enumerate(text.split("\n"), start=1) if raw.strip()]
    publisher, publisher_evidence = _publisher(lines)
    profile = _profiles.for_outlet(publisher)
    common = _profiles.common()

    rows: list[dict] = []
    state = "pre"  # pre -> body -> post (after the editor line)
    footer_reason = None
    headline = author = editor = dateline = photo_credit = None
    stated = None
    truncation: list[str] = []
    candidates: list[int] = []  # rows that may be the headline
    related_next = 0            # lines after a bare "Baca juga" that may be related headlines

    def add(lineno, raw, kind, reason, text=None):
        rows.append(
            {
                "line": lineno,
                "kind": kind,
                "reason": reason,
                "text": raw if text is None else text,
                "raw": raw,
            }
        )

    for lineno, line in lines:
        if footer_reason:
            rule = profile.match_boilerplate(line) or common.match_boilerplate(line)
            add(lineno, line, "boilerplate", rule.reason if rule else footer_reason)
            continue
        footer = common.match_footer(line)
        if footer and state == "pre":
            # Above the article the same words are the site's menu.
            add(lineno, line, "boilerplate", "navigation above the article")
            continue
        if footer:
            footer_reason = footer.reason
            add(lineno, line, "boilerplate", footer.reason)
            if footer.truncates and state in ("body", "post"):
                truncation.append(footer.truncates)
            continue
        if related_next and _headline_like(line):
            related_next -= 1
            add(lineno, line, "boilerplate", "headline of a related article or video after 'Baca juga'")
            continue
        related_next = 0
        rule = profile.match_boilerplate(line) or common.match_boilerplate(line)
        if rule:
            add(lineno, line, "boilerplate", rule.reason)
            related_next = _MAX_RELATED if _BARE_RELATED.match(line) else 0
            continue
        author_match = common.author_line.search(line)
        if author_match and len(line.split()) <= _MAX_DATE_LINE_WORDS:
            author = author or author_match["name"].strip()
            editor_match = common.editor.search(line.split("|", 1)[-1].strip()) if "|" in line else None
            if editor_match:
                editor = editor_match["name"].strip()
            add(lineno, line, "meta", "author line")
            if state == "body":
                state = "post"
            continue
        editor_match = common.editor.search(line)
        if editor_match:
            editor = editor_match["name"].strip()
            add(lineno, line, "meta", "editor line")
            if state == "body":
                state = "post"
            continue
        if state == "pre":
            lead = lead_reference(line)
            date = find_date(line) if lead is None and len(line.split()) <= _MAX_DATE_LINE_WORDS else None
            if (city := _CITY_ALONE.match(line)) and candidates:
                dateline = city["city"]
                add(lineno, line, "meta", "dateline on a line of its own")
            elif date is not None:
                stated = (date.date, line)
                add(lineno, line, "meta", "date line")
            elif lead is None and header_outlet(line):
                add(lineno, line, "meta", "the outlet's name in the page header")
            elif profile.author_label and profile.author_label.search(line):
                add(lineno, line, "meta", "author label")
            elif lead is not None:
                dateline = lead.city
                state = "body"
                add(lineno, line, "body", "first body paragraph (dateline removed)", line[lead.end:].strip())
            elif caption_match := common.caption.search(line):
                photo_credit = next(c for c in caption_match.group("credit", "credit2", "credit3", "credit4") if c).strip()
                add(lineno, line, "caption", "photo caption (credit removed)",
                    line[: caption_match.start()].strip())
            elif candidates and author is None and _NAME.match(line):
                author = line
                add(lineno, line, "meta", "byline name")
            elif candidates and len(line.split()) >= _MIN_LEAD_WORDS and _SENTENCE_END.search(line):
                state = "body"
                city = _CITY_DATELINE.match(line)
                if city:
                    dateline = city["city"]
                    add(lineno, line, "body", "first long paragraph (city dateline removed)", line[city.end():])
                else:
                    add(lineno, line, "body", "first long paragraph (no dateline found)")
            else:
                candidates.append(len(rows))
                add(lineno, line, "headline", "longest line before the body that is not page furniture")
        elif state == "body":
            if _is_subheading(line):
                add(lineno, line, "subheading", "short line without sentence-final punctuation")
            else:
                add(lineno, line, "body", "body paragraph")
        else:
            add(lineno, line, "boilerplate", "after the editor line")

    if not candidates:
        raise CorpusError(path, "has no recognisable headline (only page furniture was found)")
    # The headline is the longest candidate that does not end a sentence: a
    # banner such as "Langganan newsletter" above it is shorter, and a
    # summary or a caption under it ends with a full stop.
    best = max(candidates, key=lambda i: (not rows[i]["text"].endswith("."), len(rows[i]["text"].split()), -i))
    headline = rows[best]["text"]
    for i in candidates:
        if i != best:
            rows[i]["kind"] = "boilerplate"
            rows[i]["reason"] = "line before the body that is not the headline (shorter than it)"
    _mark_structural_clutter(rows, headline)
    content = [r for r in rows if r["kind"] in ("body", "subheading")]
    if not any(r["kind"] == "body" for r in content):
        raise CorpusError(path, "has a headline but no body text")
    last = content[-1]
    if last["kind"] == "subheading":
        truncation.append(
            f"capture stops at the subheading '{last['text']}' with no text after it"
        )
    elif not _SENTENCE_END.search(_SIGN_OFF.sub("", last["text"])):
        truncation.append("the last body paragraph stops mid-sentence")

    body_text = "\n".join(r["text"] for r in rows if r["kind"] == "body")
    if stated:
        published, source, evidence = stated[0], "stated", stated[1]
    else:
        published, source, evidence = _infer_date(body_text)

    meta = {
        "article_id": path.stem,
        "file": path.name,
        "profile": profile.id,
        "outlet": publisher or "unknown outlet",
        "outlet_evidence": publisher_evidence,
        "headline": headline,
        "author": author,
        "editor": editor,
        "dateline": dateline,
        "photo_credit": photo_credit,
        "published": published,
        "published_source": source,
        "published_evidence": evidence,
        "truncated": bool(truncation),
        "truncation": "; ".join(truncation) or None,
        "n_words": len(_text.words(body_text)),
        "sha256": hashlib.sha256(raw_bytes).hexdigest(),
        "_body_digest": hashlib.sha256(body_text.encode()).hexdigest(),
    }
    return meta, rows


#: A sign-off in brackets at the end of the last paragraph: "… lagi. (nma/dea)".
_SIGN_OFF = re.compile(r"\s*\([^()]{1,40}\)$")
#: A bare "Baca juga" line: the next line is the related article's headline.
_BARE_RELATED = re.compile(r"^(?i:baca juga|lihat juga|simak juga)(?:\s*:|\b[^:.!?]*:)?\s*$")
#: At most this many related headlines follow a bare "Baca juga".
_MAX_RELATED = 3
#: "Jakarta -" on a line of its own, above the lead.
_CITY_ALONE = re.compile(r"^(?P<city>[A-Z][A-Za-z .]{1,30}?)\s*(?:--|[-–—])$")
#: "Jakarta - ": a dateline that names a city and no outlet.
_CITY_DATELINE = re.compile(r"^(?P<city>[A-Z][A-Za-z .]{1,30}?)\s*(?:--|[-–—])\s+(?=\S)")
#: A date line is short: the date, a time, perhaps the outlet or a byline.
_MAX_DATE_LINE_WORDS = 14
#: This many short headline-like lines in a row are a list of other articles.
_MIN_SIDEBAR_RUN = 3


def _mark_structural_clutter(rows: list[dict], headline: str) -> None:
    """Clutter that no single line gives away: the headline repeated (a
    second page's header) and runs of short headline-like lines (a sidebar
    or a related list) inside the body."""
    run: list[dict] = []

    def close():
        if len(run) >= _MIN_SIDEBAR_RUN:
            for r in run:
                r["kind"] = "boilerplate"
                r["reason"] = f"one of {len(run)} short headline-like lines in a row (a sidebar or related list)"
        run.clear()

    for r in rows:
        if r["kind"] in ("body", "subheading") and r["text"] == headline:
            r["kind"], r["reason"] = "boilerplate", "the headline repeated inside the page"
            continue
        if r["kind"] in ("body", "subheading") and _headline_like(r["text"]):
            run.append(r)
        elif r["kind"] == "body":
            close()
    close()


def _infer_date(body_text: str) -> tuple:
    """The latest dated reference in the body, e.g. ``Jumat (20/11/2020)``.

    A news piece cannot report a dated event before it happened, so the latest
    such date is the earliest the piece can have been published.
    """
    found = [(d.date, d.evidence) for d in dated_references(body_text)]
    if not found:
        return None, "unknown", None
    date, evidence = max(found)
    return date, "inferred", evidence


# --------------------------------------------------------------------------
# Reading a folder
# --------------------------------------------------------------------------


def load_corpus(path: Path | str | None = None, on_error: str = "raise", topic: Path | str | None = None) -> Corpus:
    """Read every ``*.txt`` file in ``path`` (default: the folder named by the
    ``NK_SEEDS_DIR`` environment variable, else the repo's ``seeds/``).

    Files are read in sorted name order, so the result never depends on the
    file system.  With ``on_error="raise"`` the first unreadable file raises
    :class:`CorpusError`; with ``on_error="collect"`` it is set aside in
    ``corpus.set_aside`` (and ``corpus.errors``) and every other file is
    still read.  ``topic`` names a topic file (see ``analysis.topic``): a
    page not about it is set aside with the reason.

    Example
    -------
    >>> corpus = load_corpus()
    >>> corpus.articles[["outlet", "published_source", "truncated"]]  # doctest: +NORMALIZE_WHITESPACE
                        outlet published_source  truncated
    article_id
    inews-2020-11-20  iNews.id         inferred       True
    kompas-2020-11-13  Kompas.com          stated       True
    """
    if on_error not in ("raise", "collect"):
        raise ValueError("on_error must be 'raise' or 'collect'")
    folder = Path(path) if path is not None else Path(os.environ.get(SEEDS_ENV) or SEEDS_DIR)
    if not folder.is_dir():
        raise CorpusError(folder, "is not a folder of article files")
    files = sorted(f for f in folder.iterdir() if f.suffix.lower() == ".txt")
    if not files:
        raise CorpusError(folder, "holds no *.txt article files")
    corpus = corpus_from_files(files, on_error=on_error, topic=topic)
    if corpus.articles.empty:
        reasons = "; ".join(str(e) for e in corpus.errors)
        raise CorpusError(folder, f"none of its {len(files)} article files could be read: {reasons}")
    return corpus


def corpus_from_files(files, on_error: str = "raise", topic: Path | str | None = None) -> Corpus:
    """A corpus of the given article files, read in the order given.

    :func:`load_corpus` calls this on a folder's files in sorted order. Call
    it directly to analyse one partition of a larger corpus (see "Scaling
    out" in the README).

    Example
    -------
    >>> files = sorted(SEEDS_DIR.glob("kompas-*.txt"))
    >>> corpus_from_files(files).articles.index.tolist()
    ['kompas-2020-11-13']
    """
    if on_error not in ("raise", "collect"):
        raise ValueError("on_error must be 'raise' or 'collect'")
    files = [Path(f) for f in files]
    study = load_topic(topic) if topic is not None else None
    metas, line_rows, errors, seen = [], [], [], {}
    for file in files:
        try:
            meta, rows = read_article(file)
            if study is not None:
                words = "\n".join(r["text"] for r in rows if r["kind"] in ("headline", "body", "subheading"))
                on_topic, reason = judge(words, meta["published"], study)
                if not on_topic:
                    raise CorpusError(file, reason)
            digest = meta.pop("_body_digest")
            if digest in seen:
                raise CorpusError(file, f"is the same article as {seen[digest]}")
            seen[digest] = file.name
        except CorpusError as exc:
            if on_error == "raise":
                raise
            errors.append(exc)
            continue
        metas.append(meta)
        for position, row in enumerate(rows):
            line_rows.append({"article_id": meta["article_id"], "position": position, **row})

    articles = pd.DataFrame(metas, columns=list(metas[0]) if metas else ["article_id"]).set_index("article_id")
    paragraphs = pd.DataFrame(
        line_rows,
        columns=["article_id", "position", "line", "kind", "reason", "text", "raw"],
    )
    paragraphs["kind"] = pd.Categorical(paragraphs["kind"], categories=KINDS)
    return Corpus(articles=articles, paragraphs=paragraphs, errors=errors)
