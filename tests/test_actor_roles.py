"""Role rules for a name followed by a relative clause, on made-up sentences.

A comma appositive ("X, yang ..., verb") is skipped: the main verb after it
decides X's role, and the appositive's own verb only when no main verb
follows.  A restrictive relative clause ("X yang ditahan ...") describes X;
a second verb after it is X's main verb.  A relative clause after an object
("... aktivis yang berunjuk rasa") gives that object its role.
"""

import pytest

from analysis import actors
from helpers import make_corpus


def roles(sentence):
    names = actors.find_names(sentence)
    actors.assign_roles(sentence, names)
    return [(n["actor"], n["role"]) for n in names]


ACTIVISTS = "Opposition leaders and activists"


@pytest.mark.parametrize("sentence, expected", [
    # Comma appositive: the main verb after it decides.
    ("Turki, yang mendukung Azerbaijan, mengatakan bahwa perang harus berhenti.",
     [("Turkey", "speaker"), ("Azerbaijan", "patient")]),
    ("Armenia, yang ditekan oleh Rusia, menandatangani perjanjian itu.",
     [("Armenia", "agent"), ("Russia", "agent")]),
    ("Armenia, yang telah dikalahkan, juga menandatangani perjanjian.", [("Armenia", "agent")]),
    ("Macron, yang didesak oleh Armenia, mendukung pengawasan internasional.",
     [("Emmanuel Macron", "stance"), ("Armenia", "agent")]),
    ("Turki, yang bersekutu dengan Azerbaijan, khawatir.", [("Turkey", "stance"), ("Azerbaijan", "partner")]),
    # ... and the appositive's own verb when no main verb follows.
    ("Armenia, yang dikalahkan Azerbaijan, kini dalam keadaan sulit.",
     [("Armenia", "patient"), ("Azerbaijan", "agent")]),
    # A dashed insert is skipped the same way.
    ("Turki -- sekutu Azerbaijan -- menandatangani protokol.", [("Turkey", "agent"), ("Azerbaijan", "other")]),
])
def test_comma_appositive(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize("sentence, role", [
    # The relative verb describes the subject; the next verb is its own.
    ("Aktivis yang ditahan menyatakan mogok makan.", "speaker"),
    ("Demonstran yang berunjuk rasa di Yerevan ditangkap.", "patient"),
    ("Demonstran yang ditahan polisi menuntut pembebasan.", "stance"),
    # With no second verb, the relative verb decides.
    ("Aktivis yang ditahan polisi.", "patient"),
    ("Demonstran yang telah berunjuk rasa.", "agent"),
])
def test_relative_clause_after_the_subject(sentence, role):
    assert [r for _, r in roles(sentence)] == [role]


@pytest.mark.parametrize("sentence, expected", [
    # After an object, the relative clause gives the object its role ...
    ("Polisi membebaskan aktivis yang berunjuk rasa.", [(ACTIVISTS, "agent")]),
    ("Rusia mengecam demonstran yang telah ditahan.", [("Russia", "agent"), ("Demonstrators", "patient")]),
    # ... and without a verb in it the object stays the patient.
    ("Polisi membebaskan aktivis yang kemarin.", [(ACTIVISTS, "patient")]),
])
def test_relative_clause_after_an_object(sentence, expected):
    assert roles(sentence) == expected


def test_relative_role_reads_the_first_word_past_auxiliaries():
    assert actors._relative_role(" yang ditahan polisi.") == "patient"
    assert actors._relative_role(", yang telah sudah berunjuk rasa,") == "agent"
    assert actors._relative_role(" yang kemarin ditahan.") is None
    assert actors._relative_role(" dan yang ditahan.") is None
    assert actors._relative_role(" yang telah.") is None


def test_subject_role_of_clauses():
    assert actors._subject_role(" menyatakan menolak.") == "speaker"
    assert actors._subject_role(", yang kalah, menyatakan menolak.") == "speaker"
    assert actors._subject_role(", yang ditahan, kemarin.") == "patient"
    assert actors._subject_role(" bersama Rusia dan Turki mengadakan pertemuan.") == "agent"
    assert actors._subject_role("-- lalu pergi.") is None
    assert actors._subject_role("") is None


def test_role_counts_per_actor_of_a_two_article_corpus(tmp_path):
    # Made up. Counted by hand: in the first article Armenia is acted upon
    # twice (a di- passive and an object) and speaks once after an
    # appositive; the detained activists are patients, then speak.
    c = make_corpus(tmp_path, [
        "Armenia ditekan oleh Rusia. Azerbaijan menyerang Armenia.",
        "Armenia, yang kalah dalam perang, menyatakan menerima perjanjian.",
    ], [
        "Polisi menahan aktivis yang berunjuk rasa. Aktivis yang ditahan menyatakan mogok makan.",
        "Rusia bersama Turki mengadakan pertemuan. Prancis khawatir terhadap Rusia.",
    ])
    m = actors.mentions(c)
    m = m[m["kind"] == "body"]
    counts = m.groupby(["article_id", "actor", "role"]).size().to_dict()
    assert counts == {
        ("made-0", "Armenia", "patient"): 2,
        ("made-0", "Armenia", "speaker"): 1,
        ("made-0", "Azerbaijan", "agent"): 1,
        ("made-0", "Russia", "agent"): 1,
        ("made-1", ACTIVISTS, "agent"): 1,
        ("made-1", ACTIVISTS, "speaker"): 1,
        ("made-1", "France", "stance"): 1,
        ("made-1", "Russia", "agent"): 1,
        ("made-1", "Russia", "patient"): 1,
        ("made-1", "Turkey", "partner"): 1,
    }
