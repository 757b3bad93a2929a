"""Publisher, date and topic: general readers, tested on lines written for these tests."""

import datetime as dt
from pathlib import Path

import pytest

from analysis import dates, publisher, topic

TOPIC_FILE = Path(__file__).resolve().parent.parent / "book" / "coding" / "topic.yaml"


@pytest.mark.parametrize("line, date, time, zone", [
    ("Jumat, 20 Nov 2020 09:39 WIB", dt.date(2020, 11, 20), "09:39", "WIB"),
    ("JUMAT, 20 NOVEMBER 2020 | 09:39 WIB", dt.date(2020, 11, 20), "09:39", "WIB"),
    ("Selasa, 24 Nov 2020 08:25 WIB", dt.date(2020, 11, 24), "08:25", "WIB"),
    ("Kompas.com - 13/11/2020, 13:30 WIB", dt.date(2020, 11, 13), "13:30", "WIB"),
    ("Kamis 19 November 2020 15:42 WIB", dt.date(2020, 11, 19), "15:42", "WIB"),
    ("Senin, 23 November 2020 - 14.05 WITA", dt.date(2020, 11, 23), "14:05", "WITA"),
    ("Rabu, 2 Des 2020 | 07:15 WIT", dt.date(2020, 12, 2), "07:15", "WIT"),
    ("2020-11-21", dt.date(2020, 11, 21), None, None),
    ("2020-11-21T09:39:00+07:00", dt.date(2020, 11, 21), "09:39", None),
    ("21-11-2020 10:00", dt.date(2020, 11, 21), "10:00", None),
    ("Minggu, 6 Desember 2020", dt.date(2020, 12, 6), None, None),
    ("Sabtu, 28 Nopember 2020 20:01 WIB", dt.date(2020, 11, 28), "20:01", "WIB"),
])
def test_dates_in_every_common_form(line, date, time, zone):
    found = dates.find_date(line)
    assert (found.date, found.time, found.zone) == (date, time, zone)


@pytest.mark.parametrize("line", ["3 bulan lalu", "Pasukan tiba pada November", "31/02/2020", "Nomor 12/2020",
                                  "Rusia Kirim 2.000 Pasukan"])
def test_no_date_where_there_is_none(line):
    assert dates.find_date(line) is None


def test_dated_references_in_running_text():
    refs = dates.dated_references("Ia tiba pada Kamis (12/11/2020) dan pulang Jumat (13/11/2020).")
    assert [r.date for r in refs] == [dt.date(2020, 11, 12), dt.date(2020, 11, 13)]


@pytest.mark.parametrize("line, outlet, city", [
    ("PARIS, KOMPAS.com - Pasukan tiba.", "Kompas.com", "PARIS"),
    ("BAKU, iNews.id - Pasukan tiba.", "iNews.id", "BAKU"),
    ("Jakarta, CNN Indonesia -- Pasukan tiba.", "CNN Indonesia", "Jakarta"),
    ("REPUBLIKA.CO.ID, YEREVAN -- Pasukan tiba.", "Republika", "YEREVAN"),
    ("TEMPO.CO, Jakarta - Pasukan tiba.", "Tempo", "Jakarta"),
    ("Jakarta (ANTARA) - Pasukan tiba.", "Antara", "Jakarta"),
    ("Liputan6.com, Jakarta - Pasukan tiba.", "Liputan6", "Jakarta"),
    ("TRIBUNNEWS.COM, MOSKWA - Pasukan tiba.", "Tribunnews", "MOSKWA"),
    ("Kantor Berita Politik RMOL. Pasukan tiba.", "RMOL", None),
    ("WARTAKITA.ID, Bandung - Pasukan tiba.", "Wartakita.id", "Bandung"),
])
def test_publisher_from_the_dateline(line, outlet, city):
    ref = publisher.lead_reference(line)
    assert (ref.outlet, ref.city) == (outlet, city)
    assert line[ref.end:] == "Pasukan tiba."


@pytest.mark.parametrize("line", ["Jakarta - Pasukan tiba di kota itu.", "PBB — Dewan Keamanan bersidang.",
                                  "Rusia, Turki dan Prancis membahas gencatan senjata."])
def test_no_publisher_in_an_ordinary_opening(line):
    assert publisher.lead_reference(line) is None


def test_every_self_reference_form_reads_its_own_example():
    for form, _, example in publisher.forms():
        assert publisher.lead_reference(example).form == form


@pytest.mark.parametrize("line, outlet", [("detikNews", "Detik"), ("Kompas.com - 13/11/2020, 13:30 WIB", "Kompas.com"),
                                          ("CNN Indonesia", "CNN Indonesia"), ("Okezone", "Okezone")])
def test_publisher_from_a_header_line(line, outlet):
    assert publisher.header_outlet(line) == outlet


@pytest.mark.parametrize("line", ["Menurut Kompas.com, pasukan sudah tiba.", "Baca berita tanpa iklan. Gabung Kompas.com+",
                                  "Rusia Kirim Pasukan ke Karabakh"])
def test_a_line_that_merely_mentions_an_outlet_is_no_header(line):
    assert publisher.header_outlet(line) is None


def test_topic_from_the_book_file():
    t = topic.load_topic(TOPIC_FILE)
    on, why = topic.judge("Gencatan senjata di Nagorno-Karabakh berlaku. Warga Karabakh kembali.", dt.date(2020, 11, 12), t)
    assert on and why == "names 'Karabakh' 2 times"
    off, why = topic.judge("Gencatan senjata di Ukraina berlaku. Gencatan senjata rapuh.", None, t)
    assert not off and why.startswith("is not about the 2020 Nagorno-Karabakh war and ceasefire: it names none of")
    late, why = topic.judge("Armenia dan Azerbaijan berunding lagi soal Karabakh.", dt.date(2025, 3, 1), t)
    assert not late and "dated 1 March 2025" in why
