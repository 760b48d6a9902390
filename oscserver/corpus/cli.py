"""`oscserver corpus-map` and `oscserver corpus-eval`: map a folder of sounds; score a map of drums.

    oscserver corpus-map ~/sounds --out ~/sounds-map             # FluCoMa JSON + map.png
    oscserver corpus-map ~/takes --slice 2 --clusters 12 --out takes-map   # cut long files at onsets
    oscserver corpus-map ~/hours --slice-every 1 --dask local:2 --out hours-map   # DOME: 1 s slices
    oscserver corpus-map ~/hours --slice-every 1 --dask tcp://10.0.0.5:8786 --out hours-map
    oscserver corpus-eval                       # Debian's hydrogen-drumkits: do kinds sit together?

The saved folder opens with `/corpus/load <folder>` and in FluCoMa (fluid.dataset~ read map.json).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

DRUMKITS = "/usr/share/hydrogen/data/drumkits"
DEFAULT_CACHE = Path.home() / ".cache" / "oscserver" / "corpus"


def add_subcommands(subparsers) -> None:
    from oscserver.corpus.mapping import LAYOUTS

    p = subparsers.add_parser("corpus-map", help="map a folder of sounds (FluCoMa JSON + PNG)",
                              description="Describe every sound under FOLDER, map it in 2-D with k-means "
                                          "clusters, and save the map as FluCoMa DataSet/LabelSet JSON "
                                          "with a PNG. Unreadable files are listed and skipped.")
    p.add_argument("folder", help="folder of wav, flac, aiff or ogg files (searched recursively)")
    p.add_argument("--out", required=True, help="folder to write the map into")
    p.add_argument("--clusters", type=int, default=8, help="k-means clusters")
    p.add_argument("--layout", choices=LAYOUTS, default="tsne")
    p.add_argument("--slice", type=float, metavar="SECONDS",
                   help="cut files longer than this at their onsets: one point per segment")
    p.add_argument("--slice-every", type=float, metavar="SECONDS",
                   help="cut every file into fixed slices this long (DOME-style, e.g. 1): one point per "
                        "slice; /corpus/play plays just that slice")
    p.add_argument("--cache", default=str(DEFAULT_CACHE), help="descriptor cache folder ('' for none)")
    p.add_argument("--jobs", type=int, default=2, help="files described at once (in this process)")
    p.add_argument("--dask", metavar="SCHEDULER",
                   help="describe the files on a Dask cluster: tcp://host:8786 (a running scheduler whose "
                        "workers see the same paths) or local:N (N worker processes here); needs the "
                        "dask extra: pip install 'oscserver[dask]'")
    p.set_defaults(func=map_command)

    p = subparsers.add_parser("corpus-eval", help="how well a map of drums keeps kinds together",
                              description="Map a folder of drum hits whose file names say the drum "
                                          "(kick, snare, hi-hat, tom, cymbal) and report the share of "
                                          "each labelled sound's 5 nearest map neighbours of the same kind.")
    p.add_argument("folder", nargs="?", default=DRUMKITS, help=f"default: {DRUMKITS}")
    p.add_argument("--cache", default=str(DEFAULT_CACHE), help="descriptor cache folder ('' for none)")
    p.add_argument("--png", help="also write the map coloured by drum kind to this PNG")
    p.set_defaults(func=eval_command)


_last_step = [-1]


def _progress(fraction: float, text: str) -> None:
    """One line on a terminal, updated every 5%; nothing when stderr is a file."""
    step = int(fraction * 20)
    if not sys.stderr.isatty() or step == _last_step[0]:
        return
    _last_step[0] = step
    sys.stderr.write(f"\r{fraction * 100:5.1f}% {text:<60}" + ("\n" if fraction >= 1.0 else ""))


def map_command(args) -> int:
    from contextlib import nullcontext

    from oscserver.corpus import make_map, save_map
    from oscserver.corpus.cluster import DaskCluster

    start = time.perf_counter()
    if args.slice is not None and args.slice_every is not None:
        raise SystemExit("corpus-map: --slice (at onsets) and --slice-every (fixed slices) exclude each other")
    try:
        cluster = DaskCluster(args.dask) if args.dask else nullcontext()
    except ValueError as error:           # no dask, a bad address, an unreachable scheduler: nothing done
        print(f"corpus-map: {error}", file=sys.stderr)
        return 2
    try:
        with cluster:
            result, corpus_map = make_map(args.folder, n_clusters=args.clusters, layout=args.layout,
                                          slice_longer_than=args.slice, slice_seconds=args.slice_every,
                                          cache_dir=args.cache or None, n_jobs=args.jobs, progress=_progress,
                                          dask=cluster if args.dask else None)
    except ValueError as error:
        raise SystemExit(f"corpus-map: {error}") from None
    for path, why in result.skipped:
        print(f"skipped {path}: {why}")
    folder = save_map(args.out, result, corpus_map)
    print(f"{len(result)} sounds in {corpus_map.n_clusters_} clusters ({corpus_map.layout_}), "
          f"{len(result.skipped)} skipped, {time.perf_counter() - start:.1f} s -> {folder}")
    return 0


def eval_command(args) -> None:
    from collections import Counter

    from oscserver.corpus import make_map
    from oscserver.corpus.labels import KINDS, drum_label, neighbour_agreement
    from oscserver.corpus.plot import plot_map

    start = time.perf_counter()
    try:
        result, corpus_map = make_map(args.folder, cache_dir=args.cache or None, progress=_progress)
    except ValueError as error:
        raise SystemExit(f"corpus-eval: {error}") from None
    seconds = time.perf_counter() - start
    labels = [drum_label(p) for p in result.paths]
    counts = Counter(lab for lab in labels if lab is not None)
    n = sum(counts.values())
    print(f"{len(result)} sounds ({len(result.skipped)} unreadable) in {seconds:.1f} s; "
          f"{n} labelled by file name: " + ", ".join(f"{k} {counts[k]}" for k in KINDS))
    if n <= 5:
        raise SystemExit("corpus-eval: fewer than 6 file names say which drum they are")
    tsne = neighbour_agreement(corpus_map.embedding_, labels)
    if args.png:
        plot_map(args.png, corpus_map.embedding_, None, labels=[lab or "unlabelled" for lab in labels],
                 title=f"{len(result)} drum sounds by file-name kind (5-NN agreement {tsne:.3f})")
    for layout in ("tsne", "grid", "pca"):
        xy = corpus_map.set_layout(layout)
        score, strict = neighbour_agreement(xy, labels), neighbour_agreement(xy, labels, strict=True)
        print(f"{layout:>5}: {score:.3f} of each labelled sound's 5 nearest labelled map neighbours are the "
              f"same kind ({strict:.3f} counting unlabelled neighbours as misses)")
