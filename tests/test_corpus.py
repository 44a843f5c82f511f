"""Reading articles: formats, structure detection, encodings and bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.corpus import (
    BOILERPLATE,
    BYLINE,
    DATELINE,
    HEADING,
    HEADLINE,
    OUTLET,
    PARAGRAPH,
    ArticleError,
    read_corpus,
    read_file,
)

from .conftest import CORPUS, FIRST


def kinds(article):
    return [(b.kind, article.text[b.begin:b.end]) for b in article.blocks]


def test_first_article_structure():
    (article,) = read_file(CORPUS / f"{FIRST}.txt")
    blocks = kinds(article)
    headline = "Peru Declares State of Emergency on Chile Border Amid Surge of Undocumented Migrants"
    assert blocks[0] == (HEADLINE, headline)
    assert blocks[1] == (DATELINE, "Peru-Chile Border, November 28, 2025 –")
    assert blocks[2][0] == PARAGRAPH and blocks[2][1].startswith("Peruvian President Jose Jeri announced")
    headings = [t for k, t in blocks if k == HEADING]
    assert headings == ["Migration Surge Linked to Chilean Election", "Security Measures and Troop Deployment",
                        "Regional Reactions"]
    boiler = [t for k, t in blocks if k == BOILERPLATE]
    assert boiler[0] == "Leave a Reply" and "Required fields are marked" in boiler[-1]
    assert article.published == dt.date(2025, 11, 28)
    assert "Leave a Reply" not in article.body


def test_blocks_index_the_text():
    (article,) = read_file(CORPUS / f"{FIRST}.txt")
    for b in article.blocks:
        assert 0 <= b.begin < b.end <= len(article.text)
        assert article.text[b.begin:b.end] == article.text[b.begin:b.end].strip()


def test_markdown(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: Floods hit the north\ndate: 2024-03-02\n---\n\n## Rescue work\n\n"
                 "Rescuers **pulled** 12 people from the [river](http://x.org) on Saturday.\n", encoding="utf-8")
    (a,) = read_file(p)
    assert a.headline == "Floods hit the north"
    assert a.published == dt.date(2024, 3, 2)
    assert ("heading", "Rescue work") in kinds(a)
    assert "Rescuers pulled 12 people from the river on Saturday." in a.body


def test_a_published_line_above_the_news_dates_it(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Floods hit the north\n\nPublished: 2026-04-08\n\nTRIPOLI \u2014 Rescuers pulled 12 people from the "
                 "river on Saturday.\n\nPublished reports said more were missing.\n", encoding="utf-8")
    (a,) = read_file(p)
    assert a.published == dt.date(2026, 4, 8)
    assert a.dateline == "TRIPOLI \u2014"
    p.write_text("Floods hit the north\n\nNovember 5, 2025\n\nLAHORE, Pakistan (AP) \u2014 Rescuers pulled 12 people "
                 "from the river on Wednesday.\n", encoding="utf-8")
    (a,) = read_file(p)
    assert a.published == dt.date(2025, 11, 5)


def test_the_author_front_matter_gives_is_a_byline(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: Floods hit the north\ndate: 2024-03-02\nauthor: Ana Roth\n---\n\n"
                 "# Floods hit the north\n\nRescuers pulled 12 people from the river on Saturday.\n", encoding="utf-8")
    (a,) = read_file(p)
    assert kinds(a)[:2] == [(HEADLINE, "Floods hit the north"), (BYLINE, "Ana Roth")]


def test_html_visible_text_only(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("""<html><head><title>Site | Story</title><script>var x = "Evil";</script>
    <style>p {color: red}</style><meta property="article:published_time" content="2023-05-06T10:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Ministers resign in protest</h1><p>LONDON (Reuters) - Two ministers resigned on Friday.</p>
    <!-- a comment --><h2>Reaction</h2><p>The prime minister said he was sorry.</p>
    <div class="share-buttons">Share on Facebook</div></article>
    <footer>Copyright 2023 News Corp</footer></body></html>""", encoding="utf-8")
    (a,) = read_file(p)
    assert a.headline == "Ministers resign in protest"
    assert a.published == dt.date(2023, 5, 6)
    assert a.dateline == "LONDON (Reuters) -"
    for absent in ("Evil", "color", "Home", "comment", "Facebook", "Copyright"):
        assert absent not in a.text
    assert ("heading", "Reaction") in kinds(a)
    assert "Two ministers resigned on Friday." in a.body


def test_bylines_and_the_date_they_give(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Floods hit the north\n\nBy Ana Roth\nPublished 4 March 2026\n\nLIMA, Peru - Rescuers pulled 12 "
                 "people from the river on Saturday.\n\nBy nightfall the water had fallen.\n", encoding="utf-8")
    (a,) = read_file(p)
    assert (BYLINE, "By Ana Roth Published 4 March 2026") in kinds(a)
    assert a.published == dt.date(2026, 3, 4)  # the dateline gives none
    assert a.dateline == "LIMA, Peru -"
    assert (PARAGRAPH, "By nightfall the water had fallen.") in kinds(a)  # in the news: no byline
    p = tmp_path / "b.html"
    p.write_text("""<html><head><title>Ministers resign | The Daily Ledger</title></head><body><article>
    <h1>Ministers resign</h1><p class="byline">Ana Roth, Paris correspondent</p>
    <p>PARIS (AFP) - Two ministers resigned on Friday.</p><div class="author-box">Ana Roth writes on politics.</div>
    </article></body></html>""", encoding="utf-8")
    (a,) = read_file(p)
    assert kinds(a)[:3] == [(HEADLINE, "Ministers resign"), (OUTLET, "The Daily Ledger"),
                            (BYLINE, "Ana Roth, Paris correspondent")]
    assert (PARAGRAPH, "Ana Roth writes on politics.") in kinds(a)  # an author's box after the news is text


def test_jsonl_with_a_broken_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    good = {"id": "x1", "text": "Protesters marched in Lima on Monday.", "headline": "March in Lima",
            "published": "2024-01-08", "url": "https://example.org/x1"}
    p.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "x2", "text": "Rain fell."}) + "\n",
                 encoding="utf-8")
    items = list(read_corpus([p]))
    articles = [i for i in items if not isinstance(i, ArticleError)]
    errors = [str(i) for i in items if isinstance(i, ArticleError)]
    assert [a.id for a in articles] == ["x1", "x2"]
    assert articles[0].headline == "March in Lima" and articles[0].url == "https://example.org/x1"
    assert articles[0].published == dt.date(2024, 1, 8)
    assert articles[1].published is None  # never today's date
    assert len(errors) == 1 and errors[0].startswith(f"{p}:2: broken JSON")


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes("Président visits Bogotá\n\nThe président of Perú spoke in Bogotá.".encode(encoding))
    (a,) = read_file(p)
    assert "président of Perú spoke in Bogotá" in a.body


def test_bad_files_give_one_line_naming_the_file(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 10)
    items = list(read_corpus([tmp_path, tmp_path / "missing.txt"]))
    messages = sorted(str(i) for i in items)
    assert all(isinstance(i, ArticleError) for i in items)
    assert any("bin.txt: binary file" in m for m in messages)
    assert any("empty.txt: empty file" in m for m in messages)
    assert any("missing.txt: no such file" in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_no_dateline_in_ordinary_sentence(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title Of Story\n\nThe minister – who spoke late – left the room.", encoding="utf-8")
    (a,) = read_file(p)
    assert a.dateline is None and a.published is None


@pytest.mark.parametrize(("line", "published", "place"), [
    ("CANBERRA, June 12th, 2025 —", dt.date(2025, 6, 12), "CANBERRA"),
    ("Muscat, Thursday 16 October 2025 (AFP) –", dt.date(2025, 10, 16), "Muscat"),
    ("LAGOS, Nigeria, Wednesday, January 21, 2026 —", dt.date(2026, 1, 21), "LAGOS, Nigeria"),
    ("BOGOTA, 6 October 2025 (AFP) –", dt.date(2025, 10, 6), "BOGOTA"),
])
def test_datelines_with_weekdays_and_ordinals(tmp_path, line, published, place):
    from kg.corpus import DATELINE_RE

    p = tmp_path / "a.txt"
    p.write_text(f"Title Of Story\n\n{line} Police fired tear gas at marchers.", encoding="utf-8")
    (a,) = read_file(p)
    assert a.published == published
    assert DATELINE_RE.match(f"{line} Police").group("place") == place  # the weekday is no place
