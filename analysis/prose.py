"""Small helpers that turn computed values into English for glued prose.

The chapters never type a number or a list of names by hand; they glue the
output of these helpers, so the prose stays true when an article is added.

Example
-------
>>> count_of(2, 2), count_of(1, 2), count_of(3, 3), count_of(0, 4)
('both', 'one of the 2', 'all 3', 'none of the 4')
>>> join_names(["Reuters"]), join_names(["AFP", "Reuters", "AP"])
('Reuters', 'AFP, Reuters and AP')
>>> times(1), times(2), times(9)
('once', 'twice', '9 times')
"""

from __future__ import annotations

__all__ = ["count_of", "join_names", "number_word", "plural", "times"]


def count_of(k: int, n: int, noun: str | None = None) -> str:
    """``k`` of ``n`` things, said as a reader would say it; with ``noun``,
    the noun follows in the right number.

    >>> count_of(1, 1, "article"), count_of(4, 15, "article"), count_of(2, 2, "article")
    ('the one article', 'four of the 15 articles', 'both articles')
    """
    many = f"{noun}s" if noun else ""
    if n == 2 and k == 2:
        return f"both {many}".strip()
    if k == n:
        return f"all {n} {many}".strip() if n != 1 else f"the one {noun or ''}".strip()
    if k == 0:
        return f"none of the {n} {many}".strip()
    return f"{number_word(k)} of the {n} {many if n != 1 else noun or ''}".strip()


def number_word(k: int) -> str:
    """``one`` to ``nine`` in words, larger numbers in digits."""
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return words[k] if 0 <= k < len(words) else str(k)


def join_names(names) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    names = [str(n) for n in names]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def plural(k: int, word: str, plural_form: str | None = None) -> str:
    """``1 article``, ``2 articles``."""
    return f"{k} {word if k == 1 else (plural_form or word + 's')}"


def times(k: int) -> str:
    """How often something happens: ``once``, ``twice``, ``3 times``."""
    return {1: "once", 2: "twice"}.get(k, f"{k} times")
