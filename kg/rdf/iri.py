"""The only code that mints IRIs.

Entities are named by type and canonical label, so the same entity in two articles gets the
same IRI; linked countries and organisations are named by their Wikidata ID. Everything inside
an article (events, quotes, quantities) is named by the article and character offsets, and a
mention is the article IRI with an RFC 5147 fragment, as NIF does.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef
from rdflib.term import Node

from kg.facts import Entity
from kg.rdf.vocab import DEFAULT_BASE


def slug(text: str) -> str:
    """A readable, IRI-safe key: ASCII-folded, lowercase, words joined by hyphens.

    >>> slug("Zoë Dubé")
    'zoe-dube'
    >>> slug("Minister of Security of Chile")
    'minister-of-security-of-chile'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    key = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return key or quote(text.strip().lower(), safe="") or "x"


class IRIs:
    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self._articles: dict[str, URIRef] = {}  # an article's mentions all start with its IRI
        self._entities: dict[tuple[str, str | None, str], URIRef] = {}


    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(quote(p, safe="-._~") for p in parts))

    def article(self, article_id: str) -> URIRef:
        if article_id not in self._articles:
            self._articles[article_id] = self._iri("article", article_id)
        return self._articles[article_id]

    def graph(self, article_id: str) -> URIRef:
        return self._iri("graph", article_id)

    def entity(self, entity: Entity) -> URIRef:
        key = (entity.type, entity.wikidata or None, entity.label)
        if key not in self._entities:  # articles name the same entities over and over
            self._entities[key] = self._iri(entity.type.lower(), entity.wikidata or slug(entity.label))
        return self._entities[key]

    def post(self, label: str) -> URIRef:
        return self._iri("post", slug(label))

    def within(self, kind: str, article_id: str, begin: int, end: int) -> URIRef:
        """An event, quote or quantity: named by its article and the offsets of its first mention."""
        return self._iri(kind, article_id, f"{begin}-{end}")

    def mention(self, article_id: str, begin: int, end: int) -> URIRef:
        return URIRef(f"{self.article(article_id)}#char={begin},{end}")

    def statement(self, article_id: str, *triple: Node) -> URIRef:
        """A reified relation: named by its article and a digest of the triple."""
        digest = hashlib.sha1(" ".join(t.n3() for t in triple).encode()).hexdigest()[:16]
        return self._iri("statement", article_id, digest)

    def build(self, stamp: str) -> URIRef:
        return self._iri("build", stamp)

    def builds_graph(self) -> URIRef:
        return self._iri("graph", "builds")

    def vocabulary_graph(self) -> URIRef:
        return self._iri("graph", "vocabulary")
