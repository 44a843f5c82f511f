"""Network analysis at scale: PageRank, sampled betweenness and Louvain on a large synthetic actor network.

    python benchmarks/network_bench.py                      # 50,000 actors, 500,000 ties; writes benchmarks/NETWORK.md
    python benchmarks/network_bench.py --actors 5000 --edges 50000 --out -   # a quick run, table on stdout only

The network is seeded and scale-free like a real actor network: a Barabási–Albert graph (each new actor
ties to ``edges / actors`` earlier ones, preferring the well connected), topped up with seeded random ties
to exactly ``--edges`` edges, each tie weighted 1-5 (the number of shared events). The measures are
kg's own (:mod:`kg.network.measures`), as the ``kg network`` commands run them: weighted PageRank,
betweenness from ``--k`` sampled sources (hop counts, seeded; kg's sparse-matrix Brandes, which gives
networkx's numbers) and weighted Louvain (networkx, seeded). ``--compare-networkx`` adds a row for
networkx's own pure-Python betweenness on the same sample. Wall and CPU seconds are both reported:
on a shared machine the CPU seconds are the steadier figure.

Not a test: pytest collects ``tests/`` and ``notebooks/`` only, and this file's name does not start with ``test_``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import resource
import sys
import time
from importlib.metadata import version
from pathlib import Path

import networkx as nx

from kg.network import betweenness, communities, pagerank

HERE = Path(__file__).resolve().parent


def actor_network(actors: int, edges: int, seed: int) -> nx.Graph:
    """A seeded scale-free network of ``actors`` nodes and exactly ``edges`` weighted edges."""
    m = max(1, edges // actors)
    g = nx.barabasi_albert_graph(actors, m, seed=seed)
    rng = random.Random(seed)
    while g.number_of_edges() < edges:
        a, b = rng.randrange(actors), rng.randrange(actors)
        if a != b:
            g.add_edge(a, b)
    extra = g.number_of_edges() - edges  # m * (actors - m) may overshoot a target that is not a multiple
    for a, b in list(g.edges())[:max(extra, 0)]:
        g.remove_edge(a, b)
    for *_, d in g.edges(data=True):
        d["weight"] = rng.randint(1, 5)
    return g


def cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=50_000)
    parser.add_argument("--edges", type=int, default=500_000)
    parser.add_argument("--k", type=int, default=200, help="sampled sources for betweenness")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", default=str(HERE / "NETWORK.md"), help="markdown file to write, or - for none")
    parser.add_argument("--compare-networkx", action="store_true",
                        help="also time networkx's own (pure Python) betweenness_centrality with the same k and seed")
    args = parser.parse_args(argv)

    timings: list[tuple[str, float, float, str]] = []
    load_before = os.getloadavg()[0]

    def timed(name: str, fn, describe):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = fn()
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
        timings.append((name, seconds, cpu_seconds, describe(result)))
        print(f"{name}: {seconds:.1f} s ({cpu_seconds:.1f} s CPU)", file=sys.stderr, flush=True)
        return result

    g = timed("generate (Barabási–Albert, seeded)", lambda: actor_network(args.actors, args.edges, args.seed),
              lambda g: f"{g.number_of_nodes():,} actors, {g.number_of_edges():,} edges")
    timed("PageRank (weighted)", lambda: pagerank(g),
          lambda r: f"top actor {max(r, key=r.get)} ({max(r.values()):.5f})")
    timed(f"betweenness (k={args.k} sampled sources, seed {args.seed})",
          lambda: betweenness(g, k=args.k, seed=args.seed),
          lambda b: f"top actor {max(b, key=b.get)} ({max(b.values()):.4f})")
    timed(f"Louvain communities (weighted, seed {args.seed})", lambda: communities(g, seed=args.seed),
          lambda c: f"{len(c):,} communities, largest {c[0]['size']:,} actors")
    if args.compare_networkx:
        timed(f"for comparison: networkx `betweenness_centrality` (k={args.k}, seed {args.seed})",
              lambda: nx.betweenness_centrality(g, k=args.k, seed=args.seed),
              lambda b: f"top actor {max(b, key=b.get)} ({max(b.values()):.4f})")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    command = "python benchmarks/network_bench.py" + ("" if argv is None and len(sys.argv) == 1
                                                      else " " + " ".join(argv if argv is not None else sys.argv[1:]))
    lines = [
        "## Network analysis",
        "",
        f"`{command}` on {dt.date.today().isoformat()}: a seeded scale-free actor network of "
        f"{args.actors:,} actors and {args.edges:,} weighted edges, measured with `kg.network` (networkx "
        f"{version('networkx')}, scipy {version('scipy')}, Python {platform.python_version()}) on "
        f"{cpu()}, {os.cpu_count()} cores, one process (load average {load_before:.1f} before the run, "
        f"{os.getloadavg()[0]:.1f} after: above 1, other work shared the cores and the times are inflated).",
        "",
        "| step | seconds | CPU seconds | result |",
        "|---|---:|---:|---|",
    ]
    lines += [f"| {name} | {wall:.1f} | {cpu_seconds:.1f} | {result} |" for name, wall, cpu_seconds, result in timings]
    measured = timings[1:4]
    total, cpu_total = sum(t[1] for t in measured), sum(t[2] for t in measured)
    lines += [f"| **PageRank + betweenness + Louvain** | **{total:.1f}** | **{cpu_total:.1f}** | "
              f"peak memory {peak_mb:,.0f} MB |", ""]
    table = "\n".join(lines)
    print(table)
    if args.out != "-":
        Path(args.out).write_text(table, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return table


if __name__ == "__main__":
    main()
