"""Reading articles: files in, :class:`Article` out. No NLP happens here.

Every reader turns its input into a list of blocks (headline, dateline, heading, paragraph,
boilerplate). The article's text is the blocks' texts joined by blank lines, and every block,
mention and fact later refers to that text by character offsets.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import dateparser

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
#: A .txt, .md or .html file larger than this is refused unread (a JSONL file holds many articles: no limit).
MAX_FILE_BYTES = 10 * 2**20
#: An article whose text is longer than this is refused: far longer than any news article, and parsing
#: and extracting it would take minutes.
MAX_ARTICLE_CHARS = 200_000

HEADLINE, OUTLET, DATELINE, BYLINE, HEADING, PARAGRAPH, BOILERPLATE = (
    "headline", "outlet", "dateline", "byline", "heading", "paragraph", "boilerplate")
#: "By Ana Roth in Lima", "BY ANA ROTH, Reuters", "By Ana Roth | Lima | June 3, 2026": a byline.
BYLINE_RE = re.compile(r"^(?:By|BY)\s+[A-Z]")

#: A paragraph that starts one of these ends the news: it and everything after it is boilerplate.
BOILERPLATE_END = re.compile(
    r"^(leave a (reply|comment)|share (this|on)\b|related( articles| stories| posts| coverage)?\s*:?\s*$|"
    r"related:|read more\s*:|(post(ed)? )?comments?\s*(\(\d+\))?\s*$|required fields are marked|"
    r"your email address will not be published|subscribe\b|sign up for\b|follow us\b|"
    r"copyright\b|©|all rights reserved|filed under\b|tags?\s*:|more from\b|recommended\s*(for you)?\s*:?\s*$)",
    re.IGNORECASE)
#: A paragraph that is only one of these is boilerplate, wherever it stands.
BOILERPLATE_LINE = re.compile(
    r"^(advertisement|advert|sponsored( content)?|click here.*|scroll to continue.*|image:.*|photo:.*)$",
    re.IGNORECASE)

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_PLACE_WORD = r"[A-Z][\w.'’&/-]*"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: "Peru-Chile Border, November 28, 2025 –", "LIMA, Peru (Reuters) -", "WASHINGTON —",
#: "CANBERRA, June 12th, 2025 —", "Muscat, Thursday 16 October 2025 (AFP) –".
DATELINE_RE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?: (?:{_PLACE_WORD}|of|de|la|el|upon|on))*"
    rf"(?:, (?!{_WEEKDAY}\b){_PLACE_WORD}(?: {_PLACE_WORD})*){{0,2}})"
    rf"(?:,? (?P<date>(?:{_WEEKDAY},? )?(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}(?:,? \d{{4}})?)))?"
    rf"(?: \((?P<agency>[^)\n]{{1,40}})\))?"
    r"\s+[–—-]{1,2}\s+")

#: A line above the news that gives its date: "Published: 2026-04-08", "Updated 4 March 2026".
_PUBLISHED = re.compile(r"^(?:Published|Posted|Updated|Date)(?: on)?\s*:?\s+", re.IGNORECASE)
#: A date with its year in a byline: "Published 4 March 2026", "June 30, 2026", "Dec. 10, 2025".
_DATED = re.compile(rf"\b(?:\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?, \d{{4}})\b")
_SENTENCE_END = re.compile(r"[.!?:;…]\s*$|[.!?,]\s*[\"”’)]\s*$")


@dataclass(frozen=True)
class Block:
    kind: str
    begin: int
    end: int


@dataclass(frozen=True)
class Article:
    """One news article: its text and where its parts are in it."""

    id: str
    text: str
    blocks: tuple[Block, ...]
    source: str
    headline: str | None = None
    dateline: str | None = None
    published: dt.date | None = None
    url: str | None = None
    digest: str = field(default="", compare=False)

    def parts(self, *kinds: str) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind in kinds)

    @property
    def body(self) -> str:
        return "\n\n".join(self.text[b.begin:b.end] for b in self.parts(PARAGRAPH))


class ArticleError(ValueError):
    """An input that cannot be read as an article; its message names the file and the problem."""


# ---------------------------------------------------------------------------------------------
# Structure: paragraphs in, typed blocks out


def _looks_like_heading(text: str, max_words: int) -> bool:
    words = text.split()
    return (0 < len(words) <= max_words and "\n" not in text.strip()
            and not _SENTENCE_END.search(text) and not text.lstrip().startswith(("“", '"', "-", "*", "•"))
            and text[:1].isupper())


def assemble(
    paragraphs: Iterable[tuple[str, str | None]],
    *,
    id: str,
    source: str,
    headline: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
) -> Article:
    """Build an :class:`Article` from paragraphs, each ``(text, kind or None)``.

    A kind of None means "decide": the first short untitled line becomes the headline, short
    title-like lines between paragraphs become headings, a dateline is split off the first body
    paragraph, and everything from a closing boilerplate marker on is boilerplate.
    """
    paras = [(" ".join(t.split()), k) for t, k in paragraphs]  # hard-wrapped lines join up
    paras = [(t, k) for t, k in paras if t]
    headline = " ".join(headline.split()) if headline else None  # a blank headline is none
    if headline:
        if paras and paras[0][0] == headline:
            paras = paras[1:]
        paras.insert(0, (headline, HEADLINE))
    elif paras and paras[0][1] is None and _looks_like_heading(paras[0][0], 25) and len(paras) > 1:
        paras[0] = (paras[0][0], HEADLINE)

    kinds: list[str] = []
    ended = False
    for i, (text, kind) in enumerate(paras):
        if ended or BOILERPLATE_END.match(text):
            ended = ended or any(k == PARAGRAPH for k in kinds)
            kinds.append(BOILERPLATE if ended else (kind or PARAGRAPH))
        elif BOILERPLATE_LINE.match(text):
            kinds.append(BOILERPLATE)
        elif kind in (None, HEADING, BYLINE) and PARAGRAPH not in kinds and len(text.split()) <= 16 and (
                kind == BYLINE or BYLINE_RE.match(text)):
            kinds.append(BYLINE)  # before the news: an author's box after it is text like any other
        elif kind and kind != BYLINE:
            kinds.append(kind)
        elif (i + 1 < len(paras) and _looks_like_heading(text, 12)
              and not BOILERPLATE_END.match(paras[i + 1][0])):
            kinds.append(HEADING)
        else:
            kinds.append(PARAGRAPH)

    text_parts: list[str] = []
    blocks: list[Block] = []
    dateline = None
    pos = 0
    first_body = True
    for (para, _), kind in zip(paras, kinds, strict=True):
        if text_parts:
            text_parts.append("\n\n")
            pos += 2
        if kind == BYLINE and published is None and (dated := _DATED.search(para)):
            published = parse_date(dated.group(0))  # "By Ana Roth | Lima | June 3, 2026"
        if kind == HEADING and published is None and first_body and (
                (dated := _PUBLISHED.match(para)) or _DATED.fullmatch(para)):
            published = parse_date(para[dated.end():] if dated else para)  # "Published: 2026-04-08", "June 3, 2026"
        if kind == PARAGRAPH and first_body:
            first_body = len(para.split()) < 12 and dateline is None  # a byline first: look at the next one
            m = DATELINE_RE.match(para)
            if m and (m.group("date") or m.group("agency") or m.group("place").split(",")[0].isupper()):
                cut = m.end()
                dateline = para[:cut].strip()
                blocks.append(Block(DATELINE, pos, pos + len(dateline)))
                if published is None and m.group("date"):
                    published = parse_date(m.group("date"))
                blocks.append(Block(PARAGRAPH, pos + cut, pos + len(para)))
                text_parts.append(para)
                pos += len(para)
                first_body = False
                continue
        blocks.append(Block(kind, pos, pos + len(para)))
        text_parts.append(para)
        pos += len(para)

    text = "".join(text_parts)
    if not any(b.kind == PARAGRAPH for b in blocks):
        raise ArticleError(f"{source}: no article text found")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(f"{source}: article too long ({len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,})")
    head = next((text[b.begin:b.end] for b in blocks if b.kind == HEADLINE), None)
    return Article(id=id, text=text, blocks=tuple(blocks), source=source, headline=head,
                   dateline=dateline, published=published, url=url,
                   digest=hashlib.sha256(text.encode()).hexdigest())


def parse_date(value: str | None) -> dt.date | None:
    """A publication date from metadata or a dateline; None unless it names a year."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    if not re.search(r"\b\d{4}\b", value):
        return None
    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": False})
    return parsed.date() if parsed else None


# ---------------------------------------------------------------------------------------------
# Readers


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1; binary refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ArticleError(f"{source}: not valid UTF-16 text ({e.reason} at byte {e.start})") from None
    elif b"\x00" in data[:4096]:
        raise ArticleError(f"{source}: binary file, not text")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace") if _mostly_text(data) else ""
            if not text:
                raise ArticleError(f"{source}: binary file, not text") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if sum(c.isprintable() or c.isspace() for c in text[:4096]) < 0.9 * len(text[:4096]):
        raise ArticleError(f"{source}: binary file, not text")
    return text


def _mostly_text(data: bytes) -> bool:
    sample = data[:4096]
    return sum(b >= 32 or b in b"\n\r\t" for b in sample) >= 0.95 * len(sample)


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def read_text(text: str, *, id: str, source: str) -> Article:
    """Plain text: paragraphs separated by blank lines; the first short line is the headline."""
    paras = _paragraphs(text)
    if len(paras) == 1 and text.count("\n") > 1:  # one paragraph per line, no blank lines
        paras = [line for line in text.split("\n") if line.strip()]
    return assemble(((p, None) for p in paras), id=id, source=source)


_MD_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def read_markdown(text: str, *, id: str, source: str) -> Article:
    """Markdown: ``#`` is the headline, ``##`` and deeper are headings, YAML front matter is metadata."""
    meta: dict[str, str] = {}
    if m := _FRONT_MATTER.match(text):
        for line in m.group(1).splitlines():
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip("'\"")
        text = text[m.end():]
    paras: list[tuple[str, str | None]] = []
    for para in _paragraphs(text):
        para = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(lambda m: m.group(1) or "", para))
        if re.fullmatch(r"\s*(-{3,}|\*{3,}|_{3,})\s*", para):
            continue
        if h := re.match(r"^(#{1,6})\s+(.*)$", para.strip()):
            kind = HEADLINE if len(h.group(1)) == 1 and not any(k == HEADLINE for _, k in paras) else HEADING
            paras.append((h.group(2).strip().rstrip("#").strip(), kind))
        elif re.match(r"^\s*(?:[-*+]|\d+\.)\s+", para):  # a list: each item is a paragraph of its own
            items = re.split(r"\n\s*(?:[-*+]|\d+\.)\s+", "\n" + para.strip())
            paras.extend((item, None) for item in items if item.strip())
        else:
            paras.append((re.sub(r"^\s*>\s?", "", para, flags=re.MULTILINE), None))
    if author := meta.get("author"):  # the byline the front matter gives
        at = next((i + 1 for i, (_, k) in enumerate(paras) if k == HEADLINE), 0)
        paras.insert(at, (author, BYLINE))
    return assemble(paras, id=id, source=source, headline=meta.get("title"),
                    published=parse_date(meta.get("date") or meta.get("published")), url=meta.get("url"))


class _HTMLText(HTMLParser):
    """Visible text of an HTML page as typed paragraphs; scripts, styles and navigation dropped."""

    SKIP = {"script", "style", "noscript", "template", "nav", "footer", "aside", "form", "svg",
            "iframe", "button", "select", "head", "figure", "menu"}
    BLOCK = {"p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "br", "tr",
             "table", "header", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "pre", "hr", "body"}
    NOISE = re.compile(r"\b(nav|menu|footer|sidebar|share|social|comment|related|advert|promo|cookie|"
                       r"newsletter|breadcrumb|subscribe)", re.IGNORECASE)
    VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "col", "area", "base", "embed"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paras: list[tuple[str, str | None]] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._buf: list[str] = []
        self._stack: list[tuple[str, bool]] = []
        self._kind: str | None = None
        self._in_title = False

    @property
    def _hidden(self) -> bool:
        return any(hidden for _, hidden in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key:
                self.meta.setdefault(key, a.get("content", ""))
            return
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCK:
            self._flush()
        if tag in self.VOID:
            return
        marks = " ".join((a.get("class", ""), a.get("id", ""), a.get("role", "")))
        hidden = (tag in self.SKIP or "hidden" in a or a.get("aria-hidden") == "true"
                  or (tag not in ("body", "main", "article") and bool(self.NOISE.search(marks))))
        self._stack.append((tag, hidden))
        if re.search(r"byline|author", f"{marks} {a.get('itemprop', '')} {a.get('rel', '')}", re.IGNORECASE):
            self._kind = BYLINE  # <p class="byline">, <span itemprop="author">
        if tag == "h1":
            self._kind = HEADLINE
        elif tag in ("h2", "h3", "h4", "h5", "h6"):
            self._kind = HEADING

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self._flush()
        if tag in self.VOID:
            return
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._hidden:
            self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if text:
            kind = self._kind
            if kind == HEADLINE and any(k == HEADLINE for _, k in self.paras):
                kind = HEADING
            self.paras.append((text, kind))
        self._kind = None

    def close(self) -> None:
        super().close()
        self._flush()

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # Python's parser raises AssertionError on "<![foo[" (anything but CDATA, if, endif ...):
        # skip it up to the next ">", as browsers do with a bogus comment.
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return self.parse_bogus_comment(i, report)


def read_html(text: str, *, id: str, source: str) -> Article:
    """HTML: visible text only; ``<h1>`` (else ``<title>``) is the headline, ``<h2>``-``<h6>`` headings."""
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    meta = parser.meta
    paras = parser.paras
    h1 = next((t for t, k in paras if k == HEADLINE), None)
    headline = None if h1 else (" ".join(parser.title.split()) or None)
    if outlet := _outlet(parser.title, h1):  # "Ministers resign | The Daily Ledger": the page's outlet
        at = next(i for i, (_, k) in enumerate(paras) if k == HEADLINE) + 1
        paras = [*paras[:at], (outlet, OUTLET), *paras[at:]]
    published = None
    for key in ("article:published_time", "datepublished", "date", "pubdate", "dc.date", "time"):
        if published := parse_date(meta.get(key)):
            break
    return assemble(paras, id=id, source=source, headline=headline, published=published,
                    url=meta.get("og:url") or None)


def _outlet(title: str, headline: str | None) -> str | None:
    """The name a page's title gives beside its headline: "Ministers resign | The Daily Ledger"."""
    parts = [" ".join(p.split()) for p in re.split(r"\s+[|–—]\s+|\s+-\s+", title)]
    if headline is None or len(parts) != 2:
        return None
    same = [p.lower() == " ".join(headline.split()).lower() for p in parts]
    other = parts[same.index(True) ^ 1] if any(same) else None
    return other if other and 1 <= len(other.split()) <= 6 and other[:1].isupper() else None


def read_jsonl_line(line: str, *, source: str, lineno: int) -> Article:
    where = f"{source}:{lineno}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise ArticleError(f"{where}: broken JSON ({e.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ArticleError(f"{where}: a JSONL record needs a string 'text'")
    for key in ("headline", "published", "url", "id"):
        value = record.get(key)
        if not (value is None or isinstance(value, str) or (key == "id" and type(value) is int)):
            raise ArticleError(f"{where}: {key!r} must be a string, not {type(value).__name__}")
    # JSON can escape lone surrogates ("\ud800"), which no UTF-8 text can hold
    record = {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in record.items()}
    if len(record["text"]) > MAX_ARTICLE_CHARS:  # before the work of assembling it
        raise ArticleError(f"{where}: article too long ({len(record['text']):,} characters; "
                           f"the limit is {MAX_ARTICLE_CHARS:,})")
    rid = record.get("id")
    rid = str(rid) if rid not in (None, "") else f"{Path(source).stem}-{lineno}"
    return assemble(((p, None) for p in _paragraphs(record["text"])), id=rid, source=where,
                    headline=record.get("headline") or None, published=parse_date(record.get("published")),
                    url=record.get("url") or None)


_SURROGATE = re.compile("[\ud800-\udfff]")


def read_file(path: Path) -> Iterator[Article | ArticleError]:
    """The articles in one file (a JSONL file holds many).

    A file that cannot be read raises ArticleError; a bad line of a JSONL file is yielded as one,
    so the good lines around it still come through.
    """
    source = str(path)
    suffix = path.suffix.lower()
    try:
        info = path.stat()
    except OSError as e:
        if path.is_symlink():
            raise ArticleError(f"{source}: broken symbolic link") from None
        raise ArticleError(f"{source}: cannot read ({e.strerror or e})") from None
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
        raise ArticleError(f"{source}: not a regular file")
    if info.st_size > MAX_FILE_BYTES and suffix != ".jsonl":
        raise ArticleError(f"{source}: file too large ({info.st_size / 2**20:.1f} MB; "
                           f"the limit is {MAX_FILE_BYTES // 2**20} MB)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{source}: cannot read ({e.strerror or e})") from None
    if not data.strip():
        raise ArticleError(f"{source}: empty file")
    text = decode(data, source)
    if suffix == ".jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    yield read_jsonl_line(line, source=source, lineno=lineno)
                except ArticleError as e:
                    yield e
        return
    reader = {".md": read_markdown, ".html": read_html, ".htm": read_html}.get(suffix, read_text)
    yield reader(text, id=path.stem, source=source)


def find_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Article files under the given paths, sorted; a missing path raises ArticleError.

    Entries with an article suffix that are not regular files (a broken link, a FIFO) are yielded
    too, so that reading them reports the problem instead of passing over them in silence."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and not p.is_dir())
        elif path.exists():
            yield path
        else:
            raise ArticleError(f"{path}: no such file or directory")


def read_corpus(paths: Iterable[Path | str]) -> Iterator[Article | ArticleError]:
    """Every article under ``paths``; a bad file or line is yielded as an ArticleError, not raised."""
    for path in paths:
        try:
            files = list(find_files([Path(path)]))
        except ArticleError as e:
            yield e
            continue
        for file in files:
            try:
                yield from read_file(file)
            except ArticleError as e:
                yield e
            except Exception as e:  # a bug in a reader must not stop the build: report it like bad input
                yield ArticleError(" ".join(f"{file}: cannot read ({type(e).__name__}: {e})".split()))
