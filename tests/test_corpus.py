"""Hand-checked expectations for reading each seed page."""

import datetime as dt

from conftest import INEWS, KOMPAS


def lines_of(corpus, article_id, kind):
    p = corpus.paragraphs
    return p[(p["article_id"] == article_id) & (p["kind"] == kind)]["text"].tolist()


def test_articles_are_indexed_by_file_stem_in_sorted_order(corpus):
    assert list(corpus.articles.index) == [INEWS, KOMPAS]


def test_kompas_metadata(corpus):
    k = corpus.articles.loc[KOMPAS]
    assert k["outlet"] == "Kompas.com"
    assert k["profile"] == "kompas"
    assert k["headline"] == (
        "Perancis, AS, dan Turki Bersama Rusia Akan Kawal Implementasi "
        "Perjanjian Gencatan Senjata Armenia-Azerbaijan"
    )
    assert k["author"] == "Shintaloka Pradita Sicca"
    assert k["dateline"] == "PARIS"
    assert k["published"] == dt.date(2020, 11, 13)
    assert k["published_source"] == "stated"
    assert k["published_evidence"] == "Kompas.com - 13/11/2020, 13:30 WIB"


def test_inews_metadata_date_is_inferred_from_the_body(corpus):
    i = corpus.articles.loc[INEWS]
    assert i["outlet"] == "iNews.id"
    assert i["profile"] == "inews"
    assert i["headline"] == (
        "Prancis Minta Pengawasan Internasional di Nagorno-Karabakh, Khawatir Manuver Turki"
    )
    assert i["author"] == "Arif Budiwinarto"
    assert i["editor"] == "Arif Budiwinarto"
    assert i["dateline"] == "PARIS"
    # No date line on the page; the latest dated reference is Jumat (20/11/2020).
    assert i["published"] == dt.date(2020, 11, 20)
    assert i["published_source"] == "inferred"
    assert i["published_evidence"] == "Jumat (20/11/2020)"
    assert i["photo_credit"] == "AFP"


def test_meta_lines(corpus):
    assert lines_of(corpus, KOMPAS, "meta") == [
        "Kompas.com - 13/11/2020, 13:30 WIB",
        "Shintaloka Pradita Sicca",
        "Penulis",
    ]
    assert lines_of(corpus, INEWS, "meta") == ["Arif Budiwinarto", "Editor : Arif Budiwinarto"]


def test_captions_and_subheadings(corpus):
    assert lines_of(corpus, INEWS, "caption") == ["Pasukan Armenia di wilayah Nagorno-Karabakh."]
    assert lines_of(corpus, KOMPAS, "caption") == []
    assert lines_of(corpus, KOMPAS, "subheading") == ["Turki"]
    assert lines_of(corpus, INEWS, "subheading") == ["Prancis didesak membantu Armenia"]


def test_kompas_boilerplate_is_exactly_the_page_furniture(corpus):
    assert lines_of(corpus, KOMPAS, "boilerplate") == [
        "Baca berita tanpa iklan. Gabung Kompas.com+",
        "Baca juga: Jaga Nagorno-Karabakh, 400 Tentara Penjaga Perdamaian Rusia Tiba di Armenia",
        "Baca juga: Jaga Perdamaian di Nagorno-Karabakh, Rusia Terjunkan Pasukan Penjaga Perdamaian",
        "Baca juga: Menang Perang di Nagorno-Karabakh, Begini Taktik Azerbaijan Lawan Armenia",
        "Halaman:",
        "Video rekomendasi",
        "Video lainnya",
        "Baca berita tanpa iklan. Gabung Kompas.com+",
        "Baca berita tanpa iklan. Gabung Kompas.com+",
        "Komentar",
        "Baca berita tanpa iklan. Gabung Kompas.com+",
        "Close Ads",
        "Bagikan artikel ini melalui",
        "Oke",
        "Login untuk memaksimalkan pengalaman mengakses Kompas.com",
    ]


def test_inews_related_articles_are_boilerplate(corpus):
    boiler = lines_of(corpus, INEWS, "boilerplate")
    assert boiler[0] == "Artikel Terkait"
    assert boiler[-1] == "Get your customized local news"
    assert len(boiler) == 23
    for related in [
        "Ditengahi Trump, Armenia dan Azerbaijan Berdamai Setelah Perang Puluhan Tahun",
        "Sepakat Damai dengan Azerbaijan, PM Pashinyan Dimusuhi Warga Armenia Dipuji Vladimir Putin",
        "Penembak Jitu Iran Bidik Presiden Azerbaijan Pascadamai dengan Armenia",
    ]:
        assert related in boiler


def test_no_boilerplate_reaches_the_analysed_sentences(corpus):
    text = " ".join(corpus.sentences["text"])
    for clutter in ["Baca juga", "Gabung Kompas", "Trump", "Putin", "Iran", "Artikel Terkait",
                    "Login", "Komentar", "Halaman", "Editor", "foto: AFP", "KOMPAS.com", "iNews.id"]:
        assert clutter not in text, clutter


def test_every_line_is_accounted_for(corpus):
    from analysis.corpus import SEEDS_DIR

    for article_id, row in corpus.articles.iterrows():
        raw = (SEEDS_DIR / row["file"]).read_text(encoding="utf-8").split("\n")
        nonblank = [n for n, line in enumerate(raw, start=1) if line.strip()]
        lines = corpus.paragraphs.query("article_id == @article_id")
        assert lines["line"].tolist() == nonblank
        assert lines["reason"].notna().all()


def test_body_paragraphs_have_the_dateline_removed(corpus):
    assert corpus.body(KOMPAS)[0].startswith("Perancis dan Amerika Serikat segera kirim dilegasi")
    assert corpus.body(INEWS)[0].startswith("Prancis mendorong pengawasan internasional")
    assert len(corpus.body(KOMPAS)) == 15
    assert len(corpus.body(INEWS)) == 6
    # Quotations that run across paragraphs stay as separate paragraphs.
    assert corpus.body(KOMPAS)[5].startswith("\u201cApalagi kami sudah mengundang")


def test_truncation_is_detected_and_explained(corpus):
    a = corpus.articles
    assert a.loc[KOMPAS, "truncated"]
    assert "Halaman:" in a.loc[KOMPAS, "truncation"]
    assert a.loc[INEWS, "truncated"]
    assert "Prancis didesak membantu Armenia" in a.loc[INEWS, "truncation"]


def test_body_word_counts(corpus):
    # Checked independently: Kompas's body has 294 whitespace-separated words;
    # iNews's has 183, four of which join two words with "--"
    # ("Group--kelompok", "Nagorno-Karabakh--sempat", "Turki--sekutu",
    # "Minsk--yang"), so 187 words.
    assert corpus.articles.loc[INEWS, "n_words"] == 187
    assert corpus.articles.loc[KOMPAS, "n_words"] == 294


def test_sentences_number_the_headline_zero(corpus):
    s = corpus.sentences
    heads = s[s["sentence_id"] == 0]
    assert heads["kind"].eq("headline").all()
    assert len(heads) == len(corpus.articles)
    k = s[s["article_id"] == KOMPAS]
    assert k["sentence_id"].tolist() == list(range(len(k)))


def test_every_analysed_sentence_of_the_seeds_has_a_gloss(corpus):
    from analysis.glosses import has_gloss

    missing = [t for t in corpus.sentences["text"] if not has_gloss(t)]
    assert missing == []
