"""Analysis of Indonesian news coverage of the November 2020 Nagorno-Karabakh ceasefire.

The book's chapters read the articles in ``seeds/`` through this package:

>>> from analysis import load_corpus
>>> corpus = load_corpus()
>>> len(corpus.articles) >= 2
True
"""

from analysis.corpus import Corpus, CorpusError, load_corpus

__all__ = ["Corpus", "CorpusError", "load_corpus"]
