"""`oscserver rnn-train`, `rnn-eval` and `rnn-export`: train the note-RNN, score it against n-grams,
make the shipped file.

    oscserver rnn-train --corpus essenFolksong ryansMammoth --out folk.pt     # music21 corpora
    oscserver rnn-train --midi my_tunes/ --out mine.pt                         # a folder of MIDI files
    oscserver rnn-eval folk.pt                  # held-out split of the data it was trained on
    oscserver rnn-eval folk.pt --midi other/    # any folder of MIDI files
    oscserver rnn-export folk.pt models/noternn/folk.pt   # float16 weights, no optimizer state
    oscserver rnn-pack-corpus models/noternn/folk-parsed.npz   # parsed tunes, so nobody parses again

The melodies are split train/valid/test by a hash of each tune's id, so the split is the same in
every command. A killed `rnn-train` resumes when run again with the same --out.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

DEFAULT_CACHE = Path.home() / ".cache" / "oscserver" / "noternn"


def add_subcommands(subparsers) -> None:
    from oscserver.noternn.train import TrainSettings

    scratch, fine = TrainSettings(), TrainSettings.for_fine_tuning()   # what the help shows
    p = subparsers.add_parser("rnn-train", help="train the note-RNN on MIDI files or a music21 corpus",
                              description="Train the note-RNN LSTM (checkpoint every epoch; rerun to resume). "
                                          "With --init it fine-tunes a trained model (the shipped one: "
                                          "--init models/noternn/folk.pt) on your own tunes, keeping its "
                                          "vocabulary and size. On several CPUs or machines run it under "
                                          "torchrun (torchrun --standalone --nproc_per_node 4 -m oscserver "
                                          "rnn-train ...): each process trains on its own share of every "
                                          "batch (gloo), and rank 0 alone writes --out.")
    _add_data_args(p)
    p.add_argument("--out", required=True, help="checkpoint to write (best validation model)")
    p.add_argument("--init", metavar="MODEL.pt",
                   help="start from this checkpoint (fine-tuning) instead of from nothing; its size "
                        "options win over --hidden/--layers/--embd/--phase-bins")
    p.add_argument("--epochs", type=int,
                   help=f"passes over the training tunes (default {scratch.epochs}; {fine.epochs} with --init)")
    p.add_argument("--batch-size", type=int,
                   help=f"tunes per step and process (default {scratch.batch_size}; {fine.batch_size} with "
                        f"--init); under torchrun the global batch is this x the number of processes")
    p.add_argument("--lr", type=float,
                   help=f"peak learning rate, cosine decay to a twentieth (default {scratch.lr:g}; "
                        f"{fine.lr:g} with --init)")
    p.add_argument("--patience", type=int,
                   help=f"stop after this many epochs without a better validation score, 0 = never "
                        f"(default {scratch.patience}; {fine.patience} with --init)")
    p.add_argument("--minutes", type=float, default=0,
                   help="wall-clock budget: the epoch under way is cut short and scored (default 0 = none)")
    p.add_argument("--hidden", type=int, default=256, help="LSTM width (default 256)")
    p.add_argument("--layers", type=int, default=2, help="LSTM layers (default 2)")
    p.add_argument("--embd", type=int, default=64, help="pitch and duration embedding width (default 64)")
    p.add_argument("--dropout", type=float, default=0.2, help="dropout between layers (default 0.2)")
    p.add_argument("--phase-bins", type=int, default=288,
                   help="onset-phase input: 288 = position in a 12-beat cycle in 24ths; 0 = off (default 288)")
    p.add_argument("--transpose", type=int, default=6,
                   help="random transposition range in semitones (default 6)")
    p.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.set_defaults(func=train_command)

    p = subparsers.add_parser("rnn-eval", help="bits per note of a note-RNN next to the best n-gram",
                              description="Score a note-RNN checkpoint on held-out melodies, next to "
                                          "Kneser-Ney and Witten-Bell n-grams (orders 1-5) fitted on "
                                          "the same training data.")
    p.add_argument("model", help="checkpoint (.pt)")
    p.add_argument("--midi", help="score on every MIDI file in this folder instead of the test split")
    p.add_argument("--cache", default=str(DEFAULT_CACHE), help="where parsed corpora are cached")
    p.add_argument("--max-order", type=int, default=5)
    p.set_defaults(func=eval_command)

    p = subparsers.add_parser("rnn-pack-corpus", help="ship the parsed folk corpora beside the model",
                              description="Parse music21 corpora (or take them from the cache) and write "
                                          "one bundle keyed by each file's content, which rnn-train and "
                                          "rnn-eval use instead of parsing again (models/noternn/folk-parsed.npz).")
    p.add_argument("out", help="the bundle to write, e.g. models/noternn/folk-parsed.npz")
    p.add_argument("--corpus", nargs="+", default=["folk"], metavar="NAME", help="music21 corpora ('folk' = all folk)")
    p.add_argument("--cache", default=str(DEFAULT_CACHE), help="where parsed corpora are cached")
    p.set_defaults(func=pack_command)

    p = subparsers.add_parser("rnn-export", help="a note-RNN checkpoint made small for shipping",
                              description="Copy a checkpoint with its weights in float16 (half the "
                                          "size; loading turns them back into float32).")
    p.add_argument("model", help="checkpoint written by rnn-train")
    p.add_argument("out", help="the file to write, e.g. models/noternn/folk.pt")
    p.set_defaults(func=export_command)


def _add_data_args(p) -> None:
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--corpus", nargs="+", metavar="NAME",
                     help="music21 corpora, e.g. essenFolksong ryansMammoth oneills1850 ('folk' = all folk)")
    src.add_argument("--midi", metavar="FOLDER", help="a folder of MIDI files")
    p.add_argument("--cache", default=str(DEFAULT_CACHE), help="where parsed corpora are cached")


def load_split(source: dict, cache, log=print) -> dict:
    """{'train': [...], 'valid': [...], 'test': [...]} melodies for a data source description."""
    from oscserver.noternn import data
    from oscserver.noternn.train import progress_bar

    t0 = time.time()
    if source.get("midi"):
        folder = Path(source["midi"])
        tunes, skipped = data.read_midi_tunes(folder)
        for name, reason in skipped:
            log(f"skipping {name}: {reason}")
        if not tunes:
            raise SystemExit(f"no MIDI files with notes in {folder}")
    else:
        names = list(data.FOLK_CORPORA) if source["corpus"] == ["folk"] else source["corpus"]
        tunes = data.load_corpus(names, cache, progress=lambda f, w: progress_bar(f, f"parsing {w}"))
        sys.stderr.write("\n")
    parts = data.split(tunes, **data.split_shares(len(tunes)))
    log(f"{len(tunes)} melodies ({len(parts['train'])} train, {len(parts['valid'])} valid, "
        f"{len(parts['test'])} test) in {time.time() - t0:.0f}s")
    return {k: [m for _, m in v] for k, v in parts.items()}


def train_command(args) -> int:
    from oscserver import distributed

    # under torchrun: one of the processes (the note-RNN trains on CPU: gloo)
    return distributed.run("rnn-train", "cpu", lambda world: _train_command(args, world))


def _train_command(args, world) -> int:
    from oscserver import distributed
    from oscserver.noternn.model import NoteRNNConfig, load
    from oscserver.noternn.train import TrainSettings, encode_all, train

    say = print if world.is_main else (lambda *a, **k: None)
    init = parts = problem = None
    try:    # a process that cannot read its input (a machine without the files) must not stop alone
        if args.init:
            try:
                _, init = load(args.init)
            except Exception as error:  # noqa: BLE001 - torch.load raises many kinds for a file that is not one
                raise SystemExit(f"--init {args.init}: not a note-RNN checkpoint ({error})") from None
        source = {"midi": str(Path(args.midi).resolve())} if args.midi else {"corpus": args.corpus}
        parts = load_split(source, args.cache, log=say)
    except SystemExit as error:
        if world.size == 1:
            raise
        problem = str(error)
    distributed.check(problem, world)
    distributed.agree(f"{sum(map(len, parts.values()))} melodies, {len(parts['train'])} to train on", world,
                      f"tunes in {args.midi or ' '.join(args.corpus)}")
    config = NoteRNNConfig(n_embd=args.embd, n_hidden=args.hidden, n_layers=args.layers,
                           dropout=args.dropout, phase_bins=args.phase_bins)
    chosen = {k: v for k, v in (("epochs", args.epochs), ("batch_size", args.batch_size), ("lr", args.lr),
                                ("patience", args.patience)) if v is not None}
    common = dict(transpose=args.transpose, seed=args.seed, threads=args.threads, minutes=args.minutes)
    settings = (TrainSettings.for_fine_tuning(**common, **chosen) if init else TrainSettings(**common, **chosen))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    info = {"source": source, "split": "sha1(noternn:id), shares by size (data.split_shares)", "train_melodies": len(parts["train"])}
    if args.init:
        info["init"] = str(Path(args.init).resolve())
    ckpt = train(encode_all(parts["train"]), encode_all(parts["valid"]), out, config=config,
                 settings=settings, data_info=info, init=init)
    say(f"best validation {ckpt['valid_bits']:.3f} bits/note -> {out}")
    return 0


def eval_command(args) -> int:
    from oscserver.noternn.model import load
    from oscserver.noternn.ngram import best_ngram
    from oscserver.noternn.train import encode_all, evaluate

    model, ckpt = load(args.model)
    source = ckpt.get("data", {}).get("source")
    if not source:
        raise SystemExit(f"{args.model} does not say what it was trained on; cannot fit the n-gram")
    parts = load_split(source, args.cache)
    train_seqs, valid_seqs = encode_all(parts["train"]), encode_all(parts["valid"])
    if args.midi:
        from oscserver.noternn.data import read_midi_folder
        test_seqs, what = encode_all(read_midi_folder(args.midi)), f"MIDI files in {args.midi}"
    else:
        test_seqs, what = encode_all(parts["test"]), "the held-out test split"
    print(f"scoring on {len(test_seqs)} melodies, {sum(map(len, test_seqs))} notes ({what})")
    print("n-gram orders on validation:")
    ngram, _ = best_ngram(train_seqs, valid_seqs, orders=range(1, args.max_order + 1), log=print)
    ngram_bits = ngram.bits_per_note(test_seqs)
    rnn_bits = evaluate(model, test_seqs)
    print(f"note-RNN  {rnn_bits:.3f} bits/note")
    print(f"n-gram    {ngram_bits:.3f} bits/note (best on validation: {ngram.method} order {ngram.order})")
    print(f"the note-RNN needs {100 * (1 - rnn_bits / ngram_bits):.1f}% fewer bits per note")
    return 0


def pack_command(args) -> int:
    from oscserver.noternn import data

    names = list(data.FOLK_CORPORA) if args.corpus == ["folk"] else args.corpus
    n = data.pack_parses(names, args.cache, args.out)
    print(f"{args.out}: {n} tunes from {', '.join(names)}, {Path(args.out).stat().st_size / 1e6:.1f} MB")
    return 0


def export_command(args) -> int:
    from oscserver.noternn.model import load
    from oscserver.server.files import save_checkpoint

    _, ckpt = load(args.model)  # refuses anything that is not a working checkpoint
    ckpt = {**ckpt, "state_dict": {k: v.half() if v.is_floating_point() else v
                                   for k, v in ckpt["state_dict"].items()}}
    ckpt.pop("optimizer", None)
    save_checkpoint(ckpt, Path(args.out))
    size = Path(args.out).stat().st_size
    print(f"{args.out}: {size / 1e6:.1f} MB, {sum(v.numel() for v in ckpt['state_dict'].values())} weights")
    return 0


def main(argv=None) -> int:  # `python -m oscserver.noternn.cli ...` until the main CLI wires this in
    parser = argparse.ArgumentParser(prog="oscserver")
    add_subcommands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
