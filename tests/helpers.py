"""Build small made-up corpora for pattern tests."""

from analysis import load_corpus


def make_corpus(tmp_path, *bodies, headline="Judul Berita Buatan Untuk Pengujian"):
    """One article per body; each body is a list of paragraphs (dateline added)."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    for i, paragraphs in enumerate(bodies):
        lines = [f"{headline} {i}", "", "Penulis Uji"]
        for j, para in enumerate(paragraphs):
            lines += ["", ("JAKARTA, Contoh.com - " if j == 0 else "") + para]
        (tmp_path / f"made-{i}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_corpus(tmp_path)
