"""`oscserver nmf-decompose`, `nmf-eval`, `nmf-match` and `nmf-example`.

    oscserver nmf-decompose loop.wav --components 3 --out loop-nmf     # WAVs, .npy, nmf.json, nmf.png
    oscserver nmf-eval                        # drum loops from hydrogen-drumkits: SDR per true stem
    oscserver nmf-match loop-nmf/nmf.json live.wav          # live-match a file, envelopes as text
    oscserver nmf-example                     # remake examples/nmf/drumloop.wav and models/nmf/drums.json
"""

from __future__ import annotations

import sys
import time


def add_subcommands(subparsers) -> None:
    p = subparsers.add_parser("nmf-decompose", help="split a sound into NMF components (WAV, npy, JSON, PNG)",
                              description="Decompose a sound file into components: bases, 0..1 activation "
                                          "envelopes and one resynthesised WAV each (FluCoMa BufNMF).")
    p.add_argument("path", help="sound file (wav, aiff, flac, ogg, mp3...)")
    p.add_argument("--components", "-k", type=int, default=3)
    p.add_argument("--iterations", "-n", type=int, default=100)
    p.add_argument("--beta", type=float, default=1.0, help="1 = KL, 2 = Euclidean, 0 = Itakura-Saito")
    p.add_argument("--window", type=int, default=1024)
    p.add_argument("--hop", type=int, default=512)
    p.add_argument("--fft", type=int, default=1024)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--bases", help="nmf.json whose bases to use (see --bases-mode)")
    p.add_argument("--bases-mode", choices=("seed", "fixed"), default="fixed")
    p.add_argument("--out", required=True, help="folder to write into")
    p.set_defaults(func=decompose_command)

    p = subparsers.add_parser("nmf-eval", help="NMF of drum loops with known stems: SDR per stem",
                              description="Mix drum loops from Debian's hydrogen-drumkits, decompose each "
                                          "into 3 components, and print each true stem's SDR against its "
                                          "best-matching component.")
    p.add_argument("--seconds", type=float, default=8.0)
    p.add_argument("--iterations", "-n", type=int, default=100)
    p.set_defaults(func=eval_command)

    p = subparsers.add_parser("nmf-match", help="live-match a file against saved bases, print envelopes",
                              description="Feed a file block by block, as a sound card would, to the live "
                                          "matcher (FluCoMa NMFMatch) and print one line of 0..1 envelopes "
                                          "per frame.")
    p.add_argument("model", help="nmf.json written by nmf-decompose or /nmf/decompose")
    p.add_argument("path", help="sound file at the model's sample rate")
    p.set_defaults(func=match_command)

    p = subparsers.add_parser("nmf-example", help="remake the shipped example loop and drum bases",
                              description="Mix examples/nmf/drumloop.wav from hydrogen-drumkits (BJA "
                                          "Pacific kit) and learn models/nmf/drums.json from it.")
    p.set_defaults(func=example_command)


def _progress(fraction: float) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{fraction * 100:5.1f}%" + ("\n" if fraction >= 1.0 else ""))


def decompose_command(args) -> int:
    from oscserver.nmf.decompose import decompose_file
    from oscserver.nmf.save import load_model, save
    from oscserver.nmf.stft import STFTConfig

    cfg = STFTConfig(args.window, args.hop, args.fft)
    kwargs = {}
    if args.bases:
        model = load_model(args.bases)
        cfg, kwargs = model["stft"], {"bases_mode": args.bases_mode, "bases": model["bases"]}
        args.components = model["bases"].shape[0]
    t0 = time.perf_counter()
    d = decompose_file(args.path, args.components, iterations=args.iterations, beta=args.beta,
                       stft_config=cfg, seed=args.seed, progress=_progress, **kwargs)
    out = save(d, args.out)
    print(f"{args.path}: {d.bases.shape[0]} components, {d.activations.shape[0]} frames at "
          f"{d.frame_rate:.2f} Hz, divergence {d.divergence:.1f}, {time.perf_counter() - t0:.1f} s")
    for path in out["components"]:
        print(f"  {path}")
    print(f"  {out['model']}\n  {out['png']}")
    return 0


def eval_command(args) -> int:
    import numpy as np

    from oscserver.nmf.decompose import decompose
    from oscserver.nmf.drumloop import KITS, mix_loop

    def sdr(ref, est):
        return 10 * np.log10(np.sum(ref ** 2) / np.sum((ref - est) ** 2))

    print(f"{'kit':10s} {'kick':>6s} {'snare':>6s} {'hat':>6s} {'mean':>6s}  (dB, best-matching component)")
    for kit in KITS:
        mix, stems = mix_loop(args.seconds, kit=kit)
        d = decompose(mix, 44100, 3, iterations=args.iterations, seed=0)
        scores = [max(sdr(s, c) for c in d.components) for s in stems.values()]
        print(f"{kit:10s} " + " ".join(f"{s:6.1f}" for s in scores) + f" {np.mean(scores):6.1f}")
    return 0


def match_command(args) -> int:
    from oscserver.errors import RequestError
    from oscserver.nmf.decompose import load_audio
    from oscserver.nmf.match import Matcher, blocks_of
    from oscserver.nmf.save import load_model

    model = load_model(args.model)
    y, sr = load_audio(args.path)
    if sr != model["sample_rate"]:
        raise RequestError(f"{args.path} is at {sr} Hz, the bases at {model['sample_rate']} Hz")
    matcher = Matcher(model["bases"], model["stft"], peaks=model["activation_peaks"])
    for block in blocks_of(y, model["stft"].hop):
        for row in matcher.push(block):
            print(" ".join(f"{a:.3f}" for a in row))
    return 0


def example_command(args) -> int:
    from oscserver.nmf.decompose import decompose
    from oscserver.nmf.drumloop import mix_loop
    from oscserver.nmf.save import save_model
    from oscserver.paths import EXAMPLES_DIR, MODELS_DIR
    from oscserver.server.files import write_wav

    mix, _ = mix_loop(EXAMPLE_SECONDS, kit="pacific", seed=0)
    wav = EXAMPLES_DIR / "nmf" / "drumloop.wav"
    wav.parent.mkdir(parents=True, exist_ok=True)
    write_wav(wav, mix, 44100, subtype="PCM_16")
    d = decompose(mix, 44100, 3, iterations=200, seed=0)
    d.source = str(wav)
    model = save_model(d, MODELS_DIR / "nmf" / "drums.json")
    print(f"{wav} ({len(mix) / 44100:.1f} s)\n{model} (divergence {d.divergence:.1f})")
    return 0


EXAMPLE_SECONDS = 4.8      # two bars at 100 bpm: ~420 kB of 16-bit WAV
