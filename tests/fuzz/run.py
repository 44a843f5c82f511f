"""A longer fuzzing run than the test suite's: ``python -m tests.fuzz.run [--examples N] [--seed S]``.

It feeds the same generated inputs as ``tests/test_properties.py`` (news-like words mixed with
arbitrary Unicode, in random article structures and formats; arbitrary bytes, HTML fragments and
JSONL records) to the readers, the date and number parsers and the whole pipeline, many more times
and not derandomized, and prints each distinct failure once with the input that caused it. A
failure found here belongs in ``tests/test_properties.py`` as an ``@example`` once fixed.
"""

from __future__ import annotations

import argparse
import json
import time
import traceback

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from kg.corpus import ArticleError, read_text
from kg.nlp import load
from tests import test_properties as props


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="inputs per property (default 1000)")
    parser.add_argument("--seed", type=int, default=int(time.time()), help="random seed (default: the time)")
    args = parser.parse_args()
    nlp = load()
    failures: dict[tuple[str, str], str] = {}
    counts = {"inputs": 0}

    def record(name: str, value, check) -> None:
        counts["inputs"] += 1
        try:
            check()
        except Exception as e:  # every failure is what we are looking for
            where = traceback.extract_tb(e.__traceback__)[-1]
            key = (name, f"{type(e).__name__} at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}")
            if key not in failures:
                failures[key] = repr(value)[:500]
                print(f"FAIL {key[0]}: {key[1]}: {(str(e).splitlines() or [''])[0][:200]}\n  input: {failures[key]}",
                      flush=True)

    many = settings(max_examples=args.examples, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))

    def pipeline_of(article_of):
        def check():
            try:
                article = article_of()
            except ArticleError:
                return
            props.check_pipeline(nlp, article)
        return check

    @seed(args.seed)
    @many
    @given(parts=props.structured())
    def articles(parts):
        record("pipeline", parts, pipeline_of(lambda: props.render(parts)))

    @seed(args.seed)
    @many
    @given(text=st.text(min_size=1, max_size=600))
    def any_text(text):
        record("pipeline/any text", text, pipeline_of(lambda: read_text(text, id="any", source="any.txt")))

    @seed(args.seed)
    @many
    @given(text=st.one_of(st.text(), st.lists(props.HTML_BITS, max_size=60).map("".join)),
           data=st.binary(max_size=400),
           line=st.one_of(st.text(), st.dictionaries(props.FIELDS, st.one_of(st.text(), props.JSON_VALUE))
                          .map(json.dumps)))
    def readers(text, data, line):
        record("text/markdown", text, lambda: props.test_fuzz_text_and_markdown.hypothesis.inner_test(text))
        record("html", text, lambda: props.test_fuzz_html.hypothesis.inner_test(text))
        record("decode", data, lambda: props.test_fuzz_decode.hypothesis.inner_test(data))
        record("jsonl", line, lambda: props.test_fuzz_jsonl_line.hypothesis.inner_test(line))
        record("parse_date", text, lambda: props.test_fuzz_parse_date.hypothesis.inner_test(text[:60]))
        record("parse_number", text, lambda: props.test_fuzz_parse_number.hypothesis.inner_test(text[:60]))

    clock = time.perf_counter()
    for run in (readers, articles, any_text):
        run()
    print(f"seed {args.seed}: {counts['inputs']} inputs, {len(failures)} distinct failures, "
          f"{time.perf_counter() - clock:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
