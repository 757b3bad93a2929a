"""find_quotes on sentences written for these tests, one pattern each.

None of these sentences comes from the seed articles or from PFSA-ID; the
expected values were worked out by reading each sentence.
"""

import pytest

from analysis.quotes import COLUMNS, QuoteError, find_quotes, quote_spans
from analysis.speakers import find_people


def rows(text, *columns):
    q = find_quotes(text)
    return [tuple(r) for r in q[list(columns)].itertuples(index=False)]


def only(text):
    q = find_quotes(text)
    assert len(q) == 1, q
    return q.iloc[0]


# --- quote marks ------------------------------------------------------------------

@pytest.mark.parametrize("opening, closing", [('"', '"'), ("“", "”"), ("”", "”"), ("„", "“"), ("«", "»")])
def test_every_quote_mark_style(opening, closing):
    text = f"{opening}Kami akan membangun jembatan baru tahun depan,{closing} kata Bupati Sleman Ani Rahma."
    q = only(text)
    assert q["text"] == "Kami akan membangun jembatan baru tahun depan,"
    assert text[q["start"]:q["end"]] == q["text"]
    assert (q["kind"], q["cue"], q["speaker"], q["speaker_role"]) == ("direct", "kata", "Ani Rahma", "Bupati Sleman")


def test_print_style_opening_mark_after_a_sentence_end():
    # Kompas print opens and closes with ”; the second quotation opens after a full stop.
    text = "Wali Kota Ambon Rudi Hehanusa meninjau pasar. ”Pasar ini harus bersih,” katanya."
    q = only(text)
    assert (q["text"], q["cue"], q["speaker"]) == ("Pasar ini harus bersih,", "katanya", "Rudi Hehanusa")


def test_quote_spans_of_any_style():
    text = '"Satu," kata A. ”Dua,” ujar B. “Tiga”'
    assert [text[a:b] for a, b in quote_spans(text)] == ["Satu,", "Dua,", "Tiga"]


def test_a_quotation_over_several_paragraphs_is_one_quotation():
    # The first paragraph leaves the quotation open; the second reopens it.
    text = ('Menteri Pertanian Dodi Saputra berbicara di Bogor.\n\n'
            '"Panen tahun ini lebih baik dari tahun lalu. Petani tidak perlu cemas.\n\n'
            '"Harga gabah akan kami jaga," kata Dodi.')
    q = only(text)
    assert q["text"].startswith("Panen tahun ini") and q["text"].endswith("akan kami jaga,")
    assert (q["speaker"], q["cue"]) == ("Dodi Saputra", "kata")


def test_a_closed_quotation_continued_in_the_next_paragraph_keeps_its_speaker():
    text = ('"Kami membuka posko di tiga kecamatan," kata Kepala BPBD Garut Siti Nurhaliza.\n\n'
            '"Relawan sudah kami siagakan sejak pagi."')
    got = rows(text, "speaker", "cue", "continued")
    assert got == [("Siti Nurhaliza", "kata", False), ("Siti Nurhaliza", None, True)]


# --- where the cue stands ------------------------------------------------------------

def test_cue_before_the_quotation():
    q = only('Ketua Komisi Pemilihan Umum Arief Wibowo mengatakan, "Tahapan pemilu berjalan sesuai jadwal."')
    assert (q["kind"], q["cue"], q["speaker"], q["speaker_role"]) == (
        "direct", "mengatakan", "Arief Wibowo", "Ketua Komisi Pemilihan Umum")


def test_cue_before_with_kata_and_a_colon():
    q = only('Kata Gubernur Riau Samsul Bahri: "Kabut asap harus kita atasi bersama."')
    assert (q["cue"], q["speaker"]) == ("Kata", "Samsul Bahri")


def test_cue_inside_a_split_quotation():
    text = '"Kami tidak menolak," kata Rektor Universitas Andalas Yuliandri, "tetapi kami minta waktu."'
    got = rows(text, "text", "cue", "speaker")
    assert got == [("Kami tidak menolak,", "kata", "Yuliandri"), ("tetapi kami minta waktu.", "kata", "Yuliandri")]


def test_name_then_verb_after_the_quotation():
    q = only('"Anggaran sudah kami siapkan," Menteri Keuangan Rina Kusuma menambahkan.')
    assert (q["cue"], q["speaker"]) == ("menambahkan", "Rina Kusuma")


@pytest.mark.parametrize("cue", ["katanya", "ujarnya", "tuturnya", "ungkapnya", "jelasnya", "imbuhnya", "tegasnya",
                                 "pungkasnya"])
def test_clitic_cues_point_to_the_person_last_introduced(cue):
    text = (f"Direktur Utama PT Angkasa Jaya Bambang Sutrisno menyebut armada ditambah.\n\n"
            f'"Kami menambah sepuluh pesawat," {cue}.')
    q = find_quotes(text)
    direct = q[q["kind"] == "direct"].iloc[0]
    assert (direct["cue"], direct["speaker"], direct["speaker_surface"]) == (cue, "Bambang Sutrisno", cue)
    assert direct["speaker_role"] == "Direktur Utama PT Angkasa Jaya"


# --- speakers: names, roles, pronouns -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    '"Stok beras aman," kata Kepala Bulog Jawa Barat Tono Rusmana.',
    '"Stok beras aman," kata Tono Rusmana, Kepala Bulog Jawa Barat.',
    '"Stok beras aman," kata Kepala Bulog Jawa Barat, Tono Rusmana, di Bandung.',
])
def test_office_organisation_and_name_in_either_order(sentence):
    q = only(sentence)
    assert (q["speaker"], q["speaker_role"]) == ("Tono Rusmana", "Kepala Bulog Jawa Barat")


@pytest.mark.parametrize("pronoun", ["Ia", "Dia", "Beliau"])
def test_pronoun_speakers_resolve_to_the_last_person(pronoun):
    text = f'Menteri Sosial Ratna Dewi Lestari mengunjungi korban banjir.\n\n{pronoun} mengatakan bantuan akan tiba besok.'
    q = only(text)
    assert (q["kind"], q["speaker"], q["speaker_surface"]) == ("indirect", "Ratna Dewi Lestari", pronoun)


def test_a_surname_resolves_to_the_fullest_earlier_name():
    text = ('Kepala Dinas Kesehatan Kota Medan Hendra Siregar meninjau puskesmas.\n\n'
            '"Vaksin cukup untuk sebulan," kata Siregar.')
    q = only(text)
    assert (q["speaker"], q["speaker_surface"], q["speaker_role"]) == (
        "Hendra Siregar", "Siregar", "Kepala Dinas Kesehatan Kota Medan")


def test_a_bare_office_resolves_to_the_person_holding_it_not_the_deputy():
    text = ('Presiden Budi Hartono dan Wakil Presiden Citra Ayu membuka sidang.\n\n'
            '"Kita harus bekerja lebih cepat," kata Presiden.')
    assert only(text)["speaker"] == "Budi Hartono"


def test_two_people_with_the_same_place_word_are_not_merged():
    text = ('Bupati Karawang Agus Salim membuka rapat.\n\n'
            'Ketua Bawaslu Karawang Nurdin menilai, pengawasan harus diperketat.\n\n'
            '"Kami sudah menegur dua calon," katanya.')
    assert rows(text, "kind", "speaker") == [("indirect", "Nurdin"), ("direct", "Nurdin")]


def test_an_ordinary_person_is_marked_as_such():
    text = '"Harga cabai naik terus," kata Sumiati (52), pedagang di Pasar Kramat.'
    q = only(text)
    assert (q["speaker"], q["speaker_type"]) == ("Sumiati", "ordinary person")


def test_groups_and_institutions_as_speakers():
    q = find_quotes('Ratusan buruh berkumpul di depan pabrik, meneriakkan, "Bayar upah kami!"\n\n'
                    'Kementerian Ketenagakerjaan menyatakan bahwa mediasi akan digelar pekan depan.')
    assert q[["speaker", "speaker_type", "kind"]].values.tolist() == [
        ["Ratusan buruh", "group", "direct"],
        ["Kementerian Ketenagakerjaan", "group", "indirect"],
    ]


# --- indirect speech ----------------------------------------------------------------

@pytest.mark.parametrize("verb", ["mengatakan", "menegaskan", "menyatakan", "menjelaskan"])
def test_indirect_speech_with_bahwa(verb):
    q = only(f"Kepala Badan Meteorologi Lina Marlina {verb} bahwa musim hujan datang lebih awal.")
    assert (q["kind"], q["cue"], q["speaker"], q["text"]) == ("indirect", verb, "Lina Marlina",
                                                             "musim hujan datang lebih awal")


def test_menurut_opens_indirect_speech():
    text = "Ekonom Universitas Indonesia Fajar Nugroho menilai ekspor melemah.\n\nMenurut Fajar, inflasi masih terkendali."
    got = rows(text, "kind", "cue", "speaker", "text")
    assert got[-1] == ("indirect", "Menurut", "Fajar Nugroho", "inflasi masih terkendali")


def test_a_parenthetical_cue_reports_the_sentence():
    text = "Gubernur Bali Made Wirawan hadir.\n\nPariwisata, kata Made, akan pulih tahun depan."
    assert rows(text, "kind", "cue", "speaker")[-1] == ("indirect", "kata", "Made Wirawan")


def test_a_quoted_fragment_inside_a_report_is_mixed():
    q = only('Jaksa Agung Ronny Hutapea mengatakan timnya "tidak akan berhenti sebelum tuntas".')
    assert (q["kind"], q["speaker"], q["text"]) == ("mixed", "Ronny Hutapea", "tidak akan berhenti sebelum tuntas")


# --- misspelt reporting verbs: a general rule, not a list of typos ----------------------

@pytest.mark.parametrize("typo, verb", [("mengatkan", "mengatakan"), ("menegasakn", "menegaskan"), ("menjelasakn", "menjelaskan"),
                                        ("menyatakn", "menyatakan"), ("menambahakn", "menambahkan")])
def test_one_edit_from_a_reporting_verb_is_that_verb(typo, verb):
    from analysis.lexicon import misspelt_cue
    assert misspelt_cue(typo) == verb


def test_a_misspelt_verb_still_reports_speech():
    q = only("Wakil Ketua DPRD Joni Iskandar mengatkan bahwa rapat ditunda.")
    assert (q["kind"], q["cue"], q["speaker"]) == ("indirect", "mengatkan", "Joni Iskandar")


def test_a_real_word_one_edit_away_is_not_a_misspelling():
    from analysis.lexicon import misspelt_cue
    # menugaskan ("assigned") is one edit from menegaskan ("stressed") but is a word of its own.
    assert misspelt_cue("menugaskan") is None
    assert find_quotes("Kepala Dinas Pendidikan Sari Utami menugaskan guru baru ke desa itu.").empty


# --- relays -----------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, wire", [
    ("seperti dilansir dari Reuters", "Reuters"),
    ("dikutip dari AFP", "AFP"),
    ("seperti dimuat di The Guardian", "The Guardian"),
    ("mengutip Antara", "Antara"),
    ("kepada Reuters", "Reuters"),
    ("seperti diberitakan Al Jazeera", "Al Jazeera"),
])
def test_relays(phrase, wire):
    q = only(f'"Kami menolak rencana itu," kata Perdana Menteri Kalinda Moro {phrase}, Senin.')
    assert (q["relayed_via"], q["relay_inherited"]) == (wire, False)


def test_an_agency_reporting_before_the_quotation():
    text = 'Kantor berita Xinhua melaporkan, "Bendungan itu akan selesai tahun ini," kata Menteri Air Li Wen.'
    assert only(text)["relayed_via"] == "Xinhua"


def test_speaking_to_reporters_is_not_a_relay():
    assert only('"Kami menolak," kata Ketua Serikat Tani Rudi Hartono kepada wartawan.')["relayed_via"] is None


def test_a_wire_named_once_is_inherited_and_marked():
    text = ('"Gencatan senjata berlaku malam ini," kata Menteri Luar Negeri Elira Vance dikutip dari AFP.\n\n'
            'Perdana Menteri Tomas Berg menegaskan bahwa pasukan akan ditarik.')
    got = rows(text, "speaker", "relayed_via", "relay_inherited")
    assert got == [("Elira Vance", "AFP", False), ("Tomas Berg", "AFP", True)]


# --- not quotations -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Pemerintah menyebut kebijakan itu "normal baru" bagi sekolah.',
    'Film berjudul "Langit di Atas Danau" diputar di festival itu.',
    'Warga menggelar acara bertajuk "Bersih Kali Bersama Warga Kampung" pada Minggu.',
    'Gerakan tagar "Kami Bersama Guru Honorer" ramai di media sosial.',
])
def test_scare_quotes_and_titles_are_not_quotations(text):
    assert find_quotes(text).empty


def test_columns_and_offsets():
    text = 'Pembuka.\n\n"Benar," kata Ketua RT Amir Hasan.'
    q = find_quotes(text)
    assert list(q.columns) == COLUMNS
    assert text[q.loc[0, "start"]:q.loc[0, "end"]] == "Benar,"
    assert q.loc[0, "paragraph"] == 1


def test_not_a_string_is_a_clear_error():
    with pytest.raises(QuoteError, match="string"):
        find_quotes(None)


def test_empty_text_has_no_quotations():
    assert find_quotes("").empty and list(find_quotes("").columns) == COLUMNS


# --- open-world names ----------------------------------------------------------------------

def test_find_people_finds_whoever_the_article_names():
    text = ("Menteri Luar Negeri Hana Rizal bertemu Duta Besar Jepang Kenji Sato. "
            "Sementara itu, Joko (41), warga Cibubur, menonton dari jauh.")
    p = find_people(text)
    assert p[["name", "role", "ordinary"]].values.tolist() == [
        ["Hana Rizal", "Menteri Luar Negeri", False],
        ["Kenji Sato", "Duta Besar Jepang", False],
        ["Joko", "", True],
    ]
