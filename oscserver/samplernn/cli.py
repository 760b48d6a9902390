"""`oscserver samplernn-train` and `oscserver samplernn-eval`."""
import argparse
import sys
from dataclasses import fields


CHOICES = {"quantization": ["mu-law", "linear"], "rnn": ["gru", "lstm"], "device": ["auto", "cpu", "cuda"],
           "clock": [0, 1]}
HELP = {
    "sample_rate": "Hz the model hears and generates at (files are resampled)",
    "q_levels": "quantisation levels", "dim": "units of each frame-tier RNN",
    "rnn_layers": "stacked RNN layers per frame tier", "mlp_dim": "units of the sample-level MLP",
    "embed_dim": "embedding size of each quantised sample",
    "context": "past samples the MLP sees directly (at most the top frame size)",
    "upsample_rank": "rank of the per-position part of the upsampling to samples (0 = shared only)",
    "clock": "1: the model hears a beat clock (each file's NAME.beats.json, else a beat tracker) and "
             "keeps time at the tempo a performer sets",
    "steps": "optimiser steps in all (a resumed run stops here too)",
    "batch": "parallel streams through the corpus, per process: under torchrun the global batch is "
             "this x the number of processes (--nproc_per_node x --nnodes)",
    "seq_len": "samples per truncated-BPTT chunk",
    "lr": "Adam learning rate (cosine decay to a tenth)", "clip": "gradient-norm clipping",
    "valid_every": "steps between validation passes", "valid_samples": "held-out samples per validation pass",
    "save_every": "steps between checkpoints", "snapshot_every": "steps between snapshot WAVs (0 = none)",
    "snapshot_seconds": "length of each snapshot", "seed": "random seed",
    "input_noise": "largest std, in quantisation levels, of the noise added to the inputs (not the "
                   "targets) so the model survives its own sampling errors (0 = none)",
    "minutes": "wall-clock budget: save and stop when spent (0 = none); run again to continue",
    "device": "where to train: auto takes a CUDA GPU when there is one (bf16 autocast there)",
}


def add_subcommands(subparsers) -> None:
    from .model import SampleRNNConfig
    from .train import TrainConfig

    p = subparsers.add_parser(
        "samplernn-train", help="train a SampleRNN on a folder of audio files",
        description="Train (or continue training) a SampleRNN. Every --snapshot-every steps a short "
                    "WAV is rendered into OUT so you can hear it learn. Kill it at any time: run the "
                    "same command again and it resumes from OUT/checkpoint.pt. On several GPUs or "
                    "machines run it under torchrun (torchrun --standalone --nproc_per_node 8 -m oscserver "
                    "samplernn-train ...): each process trains on its own streams, the global batch is "
                    "--batch x processes, and rank 0 alone writes OUT (NCCL on CUDA, gloo on CPU).",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("train", help="folder of audio files (any rate and channel count)")
    p.add_argument("out", help="folder for checkpoint.pt, snapshots and model.pt")
    p.add_argument("--valid", help="folder of held-out audio for validation bits/sample")
    p.add_argument("--init", metavar="MODEL.pt", help="start from this model (continue training)")
    p.add_argument("--fresh", action="store_true", help="ignore OUT/checkpoint.pt and start again")
    p.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    for f in fields(SampleRNNConfig):
        if f.name == "frame_sizes":
            p.add_argument("--frame-sizes", type=int, nargs="+", default=list(f.default),
                           help="samples per frame of each frame tier, lowest first (1 value = 2 tiers)")
        else:
            p.add_argument("--" + f.name.replace("_", "-"), type=type(f.default), default=f.default,
                           choices=CHOICES.get(f.name), help=HELP.get(f.name))
    for f in fields(TrainConfig):
        p.add_argument("--" + f.name.replace("_", "-"), type=type(f.default), default=f.default,
                       choices=CHOICES.get(f.name), help=HELP.get(f.name))
    p.set_defaults(func=train_command)

    e = subparsers.add_parser(
        "samplernn-eval", help="bits/sample of a SampleRNN on a folder, next to two baselines",
        description="Score held-out audio: the model's NLL in bits/sample beside the entropy of the "
                    "marginal level histogram and a linear-prediction coder (Laplace residual).")
    e.add_argument("model", help="model .pt (a shipped model or OUT/checkpoint.pt)")
    e.add_argument("folder", help="folder of audio files")
    e.add_argument("--max-seconds", type=float, default=0, help="score at most this much audio (0 = all)")
    e.add_argument("--lpc-order", type=int, default=32)
    e.add_argument("--threads", type=int, default=1)
    e.set_defaults(func=eval_command)

    j = subparsers.add_parser(
        "samplernn-judge", help="does free generation sound like real audio? scored minute by minute",
        description="Generate from the model's seed and score each minute against real held-out audio "
                    "(Frechet distance of descriptor windows, share of alive seconds, onset rate, DC), "
                    "next to the real-vs-real floor, LPC babble and white noise made from the same audio.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    j.add_argument("model", help="model .pt (a shipped model or OUT/checkpoint.pt)")
    j.add_argument("real", help="folder of real held-out audio (8 s or more, two files or more)")
    j.add_argument("--seconds", type=float, default=120.0, help="free generation to judge")
    j.add_argument("--temperature", type=float, nargs="+", metavar="T",
                   help="sampling temperature(s) to judge (default: the model's own default temperature)")
    j.add_argument("--set-default", action="store_true",
                   help="store the best of the judged temperatures in the model file as its default")
    j.add_argument("--segment", type=float, default=60.0, help="seconds scored as one segment")
    j.add_argument("--seed", type=int, default=0, help="random seed of the generation")
    j.add_argument("--save", metavar="WAV", help="also write the generated audio here")
    j.set_defaults(func=judge_command)


def train_command(args) -> int:
    import torch

    from oscserver import distributed

    from .train import resolve_device

    torch.set_num_threads(args.threads)
    # under torchrun: one of the processes (alone, a world of one)
    return distributed.run("samplernn-train", resolve_device(args.device).type, lambda world: _train(args, world))


def _train(args, world) -> int:
    import torch

    from oscserver import distributed
    from oscserver.server.files import save_checkpoint

    from . import audio
    from .model import SampleRNNConfig, checkpoint, from_checkpoint
    from .train import TrainConfig, load_pieces, train

    say = print if world.is_main else (lambda *a, **k: None)
    mc = SampleRNNConfig(**{f.name: getattr(args, f.name) for f in fields(SampleRNNConfig)})
    tc = TrainConfig(**{f.name: getattr(args, f.name) for f in fields(TrainConfig)})
    # every process reads the whole folder and takes its own streams of it; a process that cannot
    # read its input (a machine without the files) must not stop alone, or the others wait for it
    files, problem, train_pieces, train_clocks, init = audio.audio_files(args.train), None, [], [], None
    if args.init:
        try:
            init = torch.load(args.init, map_location="cpu", weights_only=True)
            init_config = from_checkpoint(init).config
        except Exception as error:  # noqa: BLE001 - torch.load raises many kinds for a file that is not one
            problem = (f"--init {args.init}: cannot be loaded as a SampleRNN checkpoint "
                       f"({type(error).__name__}: {error})")
        else:    # the model's own architecture; --clock 1 may add a beat clock to one without
            mc = SampleRNNConfig.from_dict({**init_config.to_dict(), "clock": max(args.clock, init_config.clock)})
    if not files:
        problem = problem or f"no audio files in {args.train}"
    elif not problem:
        say(f"reading {len(files)} files at {mc.sample_rate} Hz", flush=True)
        try:
            train_pieces, train_clocks = load_pieces(files, mc)
        except ValueError as error:
            problem = str(error)
    distributed.check(problem, world)
    distributed.agree(f"{len(train_pieces)} sound files, {sum(map(len, train_pieces))} samples", world,
                      f"training audio in {args.train}")
    valid_pieces, valid_clocks = load_pieces(args.valid, mc) if args.valid and world.is_main else ([], [])
    if mc.clock:
        known = sum(c is not None for c in train_clocks)
        say(f"beat clock: {known} files with a clock", flush=True)
    n = sum(len(p) for p in train_pieces)
    say(f"{n / mc.sample_rate / 60:.1f} min of training audio", flush=True)
    ck = train(train_pieces, valid_pieces, args.out, mc, tc, resume=not args.fresh, init_from=init,
               log=lambda s: print(s, flush=True), train_clocks=train_clocks, valid_clocks=valid_clocks)
    if not world.is_main:
        return 0
    model = from_checkpoint(ck)
    small = checkpoint(model, train=ck["train"], step=ck["step"], history=ck["history"],
                       spent_seconds=ck.get("spent_seconds", [0.0, 0.0]))
    small["model"] = {k: v.half() for k, v in small["model"].items()}   # half the size to ship
    save_checkpoint(small, f"{args.out}/model.pt")
    print(f"wrote {args.out}/model.pt (step {ck['step']})")
    return 0


def eval_command(args) -> int:
    import torch

    from .evaluate import evaluate_folder

    torch.set_num_threads(args.threads)
    rows = evaluate_folder(args.model, args.folder, max_seconds=args.max_seconds, lpc_order=args.lpc_order)
    for name, bits in rows.items():
        print(f"{name:<32} {bits:6.3f} bits/sample")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="samplernn")
    add_subcommands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())


def judge_command(args) -> int:
    from pathlib import Path

    import torch

    from . import audio
    from .judge import Judge, generate
    from .model import default_clock, default_temperature, from_checkpoint

    def fail(message):
        print(f"samplernn-judge: {message}", file=sys.stderr)
        return 2

    torch.set_num_threads(1)
    if not Path(args.model).is_file():
        return fail(f"no model file {args.model}")
    try:
        ckpt = torch.load(args.model, map_location="cpu", weights_only=True)
        model = from_checkpoint(ckpt)
    except Exception as error:                      # a checkpoint of something else, or not one at all
        return fail(f"{args.model} is not a SampleRNN checkpoint ({type(error).__name__}: {error})")
    if not Path(args.real).is_dir():
        return fail(f"no folder {args.real}")
    files = audio.audio_files(args.real)
    if not files:
        return fail(f"no audio files in {args.real} (looked for {', '.join(sorted(audio.AUDIO_SUFFIXES))})")
    if args.seconds < args.segment / 2:
        return fail(f"--seconds must be at least half of --segment ({args.segment / 2:g}), got {args.seconds:g}")
    c = model.config
    # real audio goes through the model's own quantiser: the floor it could reach at best
    real = [audio.decode(audio.encode(audio.load(f, c.sample_rate), c.quantization, c.q_levels),
                         c.quantization, c.q_levels) for f in files]
    temperatures = args.temperature or [default_temperature(model)]
    print(f"{args.model}: {args.seconds:g} s of free generation at temperature "
          f"{', '.join(f'{t:g}' for t in temperatures)}; real audio: {len(files)} files, "
          f"{sum(map(len, real)) / c.sample_rate:.0f} s"
          + (f"; beat clock {default_clock(model).bpm:.1f} bpm" if c.clock else ""), flush=True)
    try:
        judge = Judge(real, c.sample_rate, args.segment)
    except ValueError as error:
        return fail(str(error))
    results = []
    for k, temperature in enumerate(temperatures):
        y = generate(model, args.seconds, temperature, seed=args.seed)
        if args.save:
            from oscserver.server.files import write_wav

            path = Path(args.save)
            if len(temperatures) > 1:
                path = path.with_name(f"{path.stem}-T{temperature:g}{path.suffix}")
            write_wav(path, y, c.sample_rate, subtype="PCM_16")
        verdict = judge.verdict(y)
        table = verdict.table(f"T={temperature:g}").splitlines()
        print("\n".join(table if k == 0 else table[4:]), flush=True)
        results.append((temperature, verdict))
    print(f"real onsets/s {results[0][1].real_onsets_per_s:.2f}")
    # the best: the most checks passed over all minutes, then the lowest mean FD
    best_t, best = max(results, key=lambda r: (sum(sum(r[1].checks(m).values()) for m in r[1].model),
                                              -sum(m.fd for m in r[1].model)))
    print(f"best temperature {best_t:g}: {'passes' if best.passed else 'does not pass'} every target in every minute")
    if args.set_default:
        from oscserver.server.files import save_checkpoint

        save_checkpoint({**ckpt, "default_temperature": float(best_t)}, args.model)
        print(f"{args.model}: default temperature set to {best_t:g}")
    return 0
