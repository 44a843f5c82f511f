from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIRST = "peru-chile-border-emergency"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load

    return load()


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory):
    """The graph of corpus/, built once through the public API."""
    from kg.build import build, load_graph

    out = tmp_path_factory.mktemp("build")
    report = build([CORPUS], out)
    return report, load_graph(out), out


@pytest.fixture
def workdir(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    return tmp_path


# The private Virtuoso server of the remote-store tests (tests/virtuoso.py): virtuoso_server, virtuoso_clean.
pytest_plugins = ["tests.virtuoso"]
