import pytest

from analysis import load_corpus


@pytest.fixture(scope="session")
def corpus():
    return load_corpus()


KOMPAS = "kompas-2020-11-13"
INEWS = "inews-2020-11-20"
