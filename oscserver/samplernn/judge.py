"""Does free generation sound like the real audio? A judge for SampleRNN checkpoints.

The model generates from its seed; each minute is described window by window and compared with real
held-out audio, next to three references made from that same real audio:

- FD: Frechet distance between Gaussians fitted to descriptor windows (0.5 s, hop 0.25 s: MFCC 0-19
  mean and std, log RMS, spectral flatness, spectral flux, centroid), standardised by the real
  audio's statistics. Lower is closer.
- alive: share of 1-s windows that are louder than -45 dBFS RMS *and* hold at least one onset: a
  drone, a hum or silence scores near 0. Onsets are librosa's (spectral flux of the mel spectrogram
  in dB, peak picking) with an absolute threshold, a rise of ONSET_DB above the local mean: its
  default threshold is relative to the loudest peak of the clip, so it finds onsets in anything,
  2.3 a second in a steady drone and 1.1 in white noise (measured), where this finds 0.00 and 0.02.
- onsets/s, and the DC offset (mean).

The references: the real-vs-real floor (one half of the held-out files against the other), LPC
babble (white noise through the real audio's own 50 ms LPC envelopes: right spectrum and loudness
contour, no fine structure), and white noise at the real RMS. Pure compute: no sockets, no files
but what the caller passes.
"""
from dataclasses import dataclass

import numpy as np
from scipy.linalg import solve_toeplitz, sqrtm
from scipy.signal import lfilter

WINDOW_S, HOP_S = 0.5, 0.25          # descriptor windows
N_FFT, FRAME_HOP = 512, 128          # STFT frames inside them (32 ms, 8 ms at 16 kHz)
ALIVE_DB = -45.0
ONSET_DB = 1.0                       # mean rise over the mel bands, in dB, that counts as an onset


@dataclass
class Score:
    fd: float
    alive: float
    onsets_per_s: float
    dc: float
    rms_db: float
    seconds: float

    def row(self, name):
        return (f"{name:<44} {self.fd:8.1f} {self.alive:6.2f} {self.onsets_per_s:9.2f} "
                f"{self.dc:+8.4f} {self.rms_db:7.1f}")


HEADER = f"{'audio':<44} {'FD':>8} {'alive':>6} {'onsets/s':>9} {'DC':>8} {'dBFS':>7}"


def descriptors(y: np.ndarray, sr: int) -> np.ndarray:
    """(windows, 44) descriptors of mono float audio."""
    import librosa

    y = np.asarray(y, dtype=np.float32)
    if len(y) < int(WINDOW_S * sr):
        raise ValueError(f"audio too short to describe: {len(y) / sr:.2f} s, need >= {WINDOW_S} s")
    S = np.abs(librosa.stft(y, n_fft=N_FFT, hop_length=FRAME_HOP)) + 1e-10         # (F, frames)
    mfcc = librosa.feature.mfcc(S=librosa.power_to_db(librosa.feature.melspectrogram(
        S=S ** 2, sr=sr, n_mels=40)), n_mfcc=20)                                     # (20, frames)
    rms = np.log(np.sqrt(np.mean(S ** 2, axis=0)) + 1e-5)                           # (frames,)
    flatness = np.exp(np.mean(np.log(S), axis=0)) / np.mean(S, axis=0)
    norm = S / S.sum(axis=0, keepdims=True)
    flux = np.concatenate([[0.0], np.sqrt((np.diff(norm, axis=1) ** 2).sum(axis=0))])
    freqs = np.linspace(0, sr / 2, S.shape[0])
    centroid = (freqs[:, None] * norm).sum(axis=0) / (sr / 2)
    per_frame = int(WINDOW_S * sr / FRAME_HOP)
    hop = int(HOP_S * sr / FRAME_HOP)
    rows = []
    for s in range(0, S.shape[1] - per_frame + 1, hop):
        w = slice(s, s + per_frame)
        rows.append(np.concatenate([mfcc[:, w].mean(1), mfcc[:, w].std(1),
                                    [rms[w].mean(), flatness[w].mean(), flux[w].mean(),
                                     centroid[w].mean()]]))
    return np.asarray(rows)


def frechet(a: np.ndarray, b: np.ndarray) -> float:
    """Frechet distance between Gaussians fitted to the rows of a and b."""
    mu = a.mean(0) - b.mean(0)
    ridge = 1e-6 * np.eye(a.shape[1])              # silence has a singular covariance
    ca, cb = np.cov(a, rowvar=False) + ridge, np.cov(b, rowvar=False) + ridge
    root = sqrtm(ca @ cb)
    if np.iscomplexobj(root):
        root = root.real
    return float(mu @ mu + np.trace(ca + cb - 2 * root))


def onset_times(y: np.ndarray, sr: int) -> np.ndarray:
    import librosa

    y = np.asarray(y, dtype=np.float32)
    envelope = librosa.onset.onset_strength(y=y, sr=sr, hop_length=FRAME_HOP)       # dB per frame
    return librosa.onset.onset_detect(onset_envelope=envelope, sr=sr, hop_length=FRAME_HOP,
                                      units="time", normalize=False, delta=ONSET_DB)


def alive_share(y: np.ndarray, sr: int, onsets=None) -> float:
    """Share of whole 1-s windows louder than -45 dBFS RMS that hold at least one onset."""
    onsets = onset_times(y, sr) if onsets is None else onsets
    n = len(y) // sr
    if n == 0:
        return 0.0
    alive = 0
    for k in range(n):
        w = y[k * sr: (k + 1) * sr].astype(np.float64)
        loud = 20 * np.log10(np.sqrt(np.mean(w ** 2)) + 1e-12) > ALIVE_DB
        alive += bool(loud and np.any((onsets >= k) & (onsets < k + 1)))
    return alive / n


class Reference:
    """Real audio to judge against: its descriptor windows and the statistics that standardise them."""

    def __init__(self, real: np.ndarray, sr: int):
        self.sr = sr
        d = descriptors(real, sr)
        self.mean, self.std = d.mean(0), d.std(0) + 1e-8
        self.windows = (d - self.mean) / self.std

    def score(self, y: np.ndarray) -> Score:
        y = np.asarray(y, dtype=np.float64)
        d = (descriptors(y, self.sr) - self.mean) / self.std
        onsets = onset_times(y, self.sr)
        return Score(fd=frechet(self.windows, d), alive=alive_share(y, self.sr, onsets),
                     onsets_per_s=len(onsets) / (len(y) / self.sr), dc=float(y.mean()),
                     rms_db=float(20 * np.log10(np.sqrt(np.mean(y ** 2)) + 1e-12)), seconds=len(y) / self.sr)


def lpc_babble(y: np.ndarray, sr: int, order: int = 20, frame_s: float = 0.05, seed: int = 0) -> np.ndarray:
    """White noise shaped by y's own LPC envelope and loudness every frame_s (Hann overlap-add)."""
    rng = np.random.default_rng(seed)
    n = int(frame_s * sr)
    hop = n // 2
    window = np.hanning(n + 1)[:n]                 # periodic Hann: halves overlap-add to 1
    y = np.asarray(y, dtype=np.float64)
    out = np.zeros(len(y) + n)
    for s in range(0, len(y) - n + 1, hop):
        frame = y[s: s + n] * window
        r = np.array([frame[: n - k] @ frame[k:] for k in range(order + 1)])
        if r[0] < 1e-10:
            continue
        r[0] *= 1 + 1e-6
        a = solve_toeplitz(r[:order], r[1: order + 1])
        shaped = lfilter([1.0], np.concatenate([[1.0], -a]), rng.standard_normal(n))
        shaped *= np.sqrt(np.mean(frame ** 2) / (np.mean((shaped * window) ** 2) + 1e-20))
        out[s: s + n] += shaped * window
    return out[: len(y)].astype(np.float32)


def white_noise(like: np.ndarray, seed: int = 0) -> np.ndarray:
    rms = np.sqrt(np.mean(np.asarray(like, dtype=np.float64) ** 2))
    return (np.random.default_rng(seed).standard_normal(len(like)) * rms).astype(np.float32)


def split_halves(pieces):
    """The held-out files in two halves by length, alternating, so each half has every kind."""
    order = sorted(range(len(pieces)), key=lambda i: -len(pieces[i]))
    a = [pieces[i] for i in order[0::2]]
    b = [pieces[i] for i in order[1::2]]
    return np.concatenate(a), np.concatenate(b) if b else np.concatenate(a)


def minutes(y: np.ndarray, sr: int, seconds: float = 60.0):
    """Whole `seconds` segments of y (the last one kept if at least half that long)."""
    n = int(seconds * sr)
    segs = [y[s: s + n] for s in range(0, len(y), n)]
    return [s for s in segs if len(s) >= n // 2]


@dataclass
class Verdict:
    references: dict            # name -> Score (averaged over one-minute segments)
    model: list                 # Score of each minute of free generation
    real_onsets_per_s: float
    segment_s: float = 60.0

    def checks(self, minute: Score) -> dict:
        babble = self.references["LPC babble"].fd
        ratio = minute.onsets_per_s / max(self.real_onsets_per_s, 1e-9)
        return {"alive >= 0.85": minute.alive >= 0.85, "FD < LPC babble": minute.fd < babble,
                "onsets 0.5x-2x real": 0.5 <= ratio <= 2.0, "|DC| < 0.01": abs(minute.dc) < 0.01}

    @property
    def passed(self) -> bool:
        return all(all(self.checks(m).values()) for m in self.model)

    def table(self, model_name="model") -> str:
        lines = [HEADER]
        lines += [s.row(name) for name, s in self.references.items()]
        for k, m in enumerate(self.model):
            failed = [name for name, ok in self.checks(m).items() if not ok]
            where = (f"minute {k + 1}" if self.segment_s == 60 else
                     f"{k * self.segment_s:g}-{k * self.segment_s + m.seconds:g} s")
            lines.append(m.row(f"{model_name}, {where}") + ("  pass" if not failed else
                                                                  "  FAIL: " + ", ".join(failed)))
        return "\n".join(lines)


def _mean_score(scores):
    return Score(*[float(np.mean([getattr(s, f) for s in scores])) for f in Score.__dataclass_fields__])


class Judge:
    """Real held-out pieces (float arrays) -> the reference windows and the three reference rows,
    computed once; verdict() then scores any number of generations against them."""

    def __init__(self, real_pieces, sr: int, segment_s: float = 60.0):
        if not real_pieces:
            raise ValueError("no real audio to judge against")
        ref_audio, other = split_halves(real_pieces)
        if len(ref_audio) < 4 * sr or len(other) < 2 * sr:
            raise ValueError(f"too little real audio to judge against: {sum(map(len, real_pieces)) / sr:.1f} s, "
                             "need at least 8 s in two or more files")
        self.sr, self.segment_s = sr, segment_s
        self.reference = ref = Reference(ref_audio, sr)
        segs = minutes(other, sr, segment_s)
        self.references = {
            "real vs real (the floor)": _mean_score([ref.score(s) for s in segs]),
            "LPC babble": _mean_score([ref.score(lpc_babble(s, sr, seed=i)) for i, s in enumerate(segs)]),
            "white noise at the real level": _mean_score([ref.score(white_noise(s, i))
                                                          for i, s in enumerate(segs)]),
        }

    def verdict(self, generated: np.ndarray) -> "Verdict":
        model = [self.reference.score(s) for s in minutes(np.asarray(generated), self.sr, self.segment_s)]
        return Verdict(self.references, model, self.references["real vs real (the floor)"].onsets_per_s,
                       self.segment_s)


def judge_audio(generated: np.ndarray, real_pieces, sr: int, segment_s: float = 60.0) -> "Verdict":
    """Score generated audio segment by segment against real pieces, with the references."""
    return Judge(real_pieces, sr, segment_s).verdict(generated)


def generate(model, seconds: float, temperature: float = 1.0, seed: int = 0) -> np.ndarray:
    """Free generation from the model's seed excerpt: after it, only what the model samples."""
    from .fast import FastGenerator

    gen = FastGenerator(model)
    if getattr(model, "seed_levels", None) is not None:
        gen.prime(model.seed_levels)
    n, sr = int(seconds * model.config.sample_rate), model.config.sample_rate
    rng = np.random.default_rng(seed)
    return np.concatenate([gen.generate_audio(min(sr * 10, n - s), temperature, rng=rng)
                           for s in range(0, n, sr * 10)])
