"""Descriptors of one sound: a fixed-length vector that says what it sounds like.

Plain numpy/scipy rather than librosa: the spectrogram is taken at the file's own sample rate (the
mel filters are built for that rate), so nothing is resampled, and one STFT feeds every descriptor.
That is what makes a folder of hundreds of drum hits analyse in a few seconds on two cores.

What is measured, and why:
- MFCCs of the spectrum in three windows after the onset (attack, body, tail): a drum is told
  apart more by how its spectrum changes in the first half second than by its average.
- MFCC mean and spread over the whole sound (the usual corpus descriptor, FluCoMa-style).
- spectral shape (centroid, spread, flatness, rolloff), loudness (peak level, decay times,
  length above -40 dB) and chroma (for pitched corpora).
Each group is scaled so that it weighs what GROUP_WEIGHTS says, whatever its length.
"""
from dataclasses import dataclass

import numpy as np
import scipy.fft

N_MELS = 40
N_MFCC = 13
FMIN, FMAX = 30.0, 16000.0
FRAME_SECONDS = 0.046       # ~2048 samples at 44.1 kHz
HOP_SECONDS = 0.0116        # ~512 samples at 44.1 kHz
# windows after the onset in seconds: attack, body, tail
WINDOWS = ((0.0, 0.03), (0.03, 0.15), (0.15, 0.6))
SILENCE_DB = -80.0

# name -> (length, weight). The weight is the group's share of the distance between two sounds.
GROUPS = {
    "mfcc_attack": (N_MFCC, 1.0),
    "mfcc_body": (N_MFCC, 1.0),
    "mfcc_tail": (N_MFCC, 1.0),
    "mfcc_mean": (N_MFCC, 0.7),
    "mfcc_std": (N_MFCC, 0.4),
    "shape": (8, 0.8),
    "loudness": (5, 0.8),
    "chroma": (12, 0.2),
}
N_DESCRIPTORS = sum(n for n, _ in GROUPS.values())


@dataclass(frozen=True)
class _Filters:
    n_fft: int
    hop: int
    window: np.ndarray
    mel: np.ndarray         # (N_MELS, n_fft//2+1)
    chroma: np.ndarray      # (12, n_fft//2+1)
    freqs: np.ndarray       # (n_fft//2+1,)
    dct: np.ndarray         # (N_MFCC, N_MELS)


_filters_cache: dict[int, _Filters] = {}


def _hz_to_mel(f):
    return 2595.0 * np.log10(1.0 + np.asarray(f) / 700.0)


def _mel_to_hz(m):
    return 700.0 * (10.0 ** (np.asarray(m) / 2595.0) - 1.0)


def _filters(sample_rate: int) -> _Filters:
    """STFT size, mel, chroma and DCT matrices for one sample rate (built once, then cached)."""
    if sample_rate in _filters_cache:
        return _filters_cache[sample_rate]
    n_fft = 1 << int(round(np.log2(FRAME_SECONDS * sample_rate)))
    hop = max(1, int(round(HOP_SECONDS * sample_rate)))
    freqs = np.fft.rfftfreq(n_fft, 1.0 / sample_rate)
    fmax = min(FMAX, sample_rate / 2)
    edges = _mel_to_hz(np.linspace(_hz_to_mel(FMIN), _hz_to_mel(fmax), N_MELS + 2))
    lo, mid, hi = edges[:-2, None], edges[1:-1, None], edges[2:, None]
    mel = np.maximum(0, np.minimum((freqs - lo) / (mid - lo), (hi - freqs) / (hi - mid)))
    mel /= np.maximum(mel.sum(axis=1, keepdims=True), 1e-10)             # (N_MELS, F)
    # chroma: each bin above 50 Hz votes for its nearest pitch class
    chroma = np.zeros((12, len(freqs)))
    audible = (freqs > 50) & (freqs < 5000)
    pitch_class = np.round(12 * np.log2(freqs[audible] / 440.0)).astype(int) % 12
    chroma[pitch_class, np.flatnonzero(audible)] = 1.0
    k = np.arange(N_MELS)
    dct = np.cos(np.pi / N_MELS * (k[None, :] + 0.5) * np.arange(N_MFCC)[:, None])
    dct *= np.sqrt(2.0 / N_MELS)                                         # (N_MFCC, N_MELS)
    f = _Filters(n_fft, hop, np.hanning(n_fft).astype(np.float32), mel.astype(np.float32),
                 chroma.astype(np.float32), freqs, dct)
    _filters_cache[sample_rate] = f
    return f


def power_spectrogram(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """Power spectrogram of mono audio, frames x bins: (T, F)."""
    f = _filters(sample_rate)
    audio = np.asarray(audio, dtype=np.float32)
    if len(audio) < f.n_fft:
        audio = np.pad(audio, (0, f.n_fft - len(audio)))
    n_frames = 1 + (len(audio) - f.n_fft) // f.hop
    frames = np.lib.stride_tricks.sliding_window_view(audio, f.n_fft)[::f.hop][:n_frames]
    spectrum = scipy.fft.rfft(frames * f.window, axis=1)                 # (T, F)
    return (spectrum.real ** 2 + spectrum.imag ** 2).astype(np.float32)


def describe(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """Descriptor vector (N_DESCRIPTORS,) of a mono sound; silence gives a finite vector too."""
    f = _filters(sample_rate)
    power = power_spectrogram(audio, sample_rate)                        # (T, F)
    mel = power @ f.mel.T                                                # (T, N_MELS)
    mel_db = 10 * np.log10(np.maximum(mel, 1e-10))                       # (T, N_MELS)
    frame_db = 10 * np.log10(np.maximum(mel.sum(axis=1), 1e-10))         # (T,)
    peak = int(np.argmax(frame_db))
    peak_db = float(frame_db[peak])
    # floor at 80 dB under the peak so a long quiet tail does not dominate the log spectrum
    mel_db = np.maximum(mel_db, peak_db - 80.0)
    hop_s = f.hop / sample_rate

    def mfcc(rows):                                                      # (n, N_MELS) -> (N_MFCC,)
        return f.dct @ rows.mean(axis=0)

    onset = _onset_frame(frame_db, peak)
    windows = []
    for start, stop in WINDOWS:
        a = onset + int(start / hop_s)
        b = max(a + 1, onset + int(np.ceil(stop / hop_s)))
        rows = mel_db[a:b] if a < len(mel_db) else np.full((1, N_MELS), peak_db - 80.0)
        windows.append(mfcc(rows))

    # frames within 60 dB of the peak describe the sound; the rest is silence or noise floor
    active = frame_db > peak_db - 60.0
    weights = np.where(active, 10 ** ((frame_db - peak_db) / 20), 0.0)
    weights /= weights.sum()
    mfcc_frames = mel_db[active] @ f.dct.T                               # (T_active, N_MFCC)
    mfcc_mean = mfcc_frames.mean(axis=0)
    mfcc_std = mfcc_frames.std(axis=0)

    shape = _spectral_shape(power, f.freqs, weights, sample_rate)
    loudness = _loudness(frame_db, peak, hop_s)
    chroma_energy = (power[active] @ f.chroma.T).sum(axis=0)             # (12,)
    chroma = chroma_energy / max(chroma_energy.sum(), 1e-10)
    vector = np.concatenate([*windows, mfcc_mean, mfcc_std, shape, loudness, chroma])
    return np.nan_to_num(vector.astype(np.float64), nan=0.0, posinf=0.0, neginf=0.0)


def _onset_frame(frame_db: np.ndarray, peak: int) -> int:
    """First frame before the peak that rises above peak - 30 dB (the start of the attack)."""
    above = np.flatnonzero(frame_db[:peak + 1] > frame_db[peak] - 30.0)
    return int(above[0]) if len(above) else peak


def _spectral_shape(power, freqs, weights, sample_rate) -> np.ndarray:
    """Centroid, spread, flatness and 85% rolloff (log-frequency), mean and spread over frames."""
    total = np.maximum(power.sum(axis=1), 1e-12)                         # (T,)
    logf = np.log2(np.maximum(freqs, 20.0))                              # (F,)
    centroid = power @ logf / total                                      # (T,)
    spread = np.sqrt(np.maximum(power @ logf ** 2 / total - centroid ** 2, 0))
    flatness = np.exp(np.mean(np.log(power + 1e-12), axis=1)) / (power.mean(axis=1) + 1e-12)
    flatness = np.log10(np.maximum(flatness, 1e-6))
    cumulative = np.cumsum(power, axis=1)
    rolloff_bin = np.argmax(cumulative >= 0.85 * cumulative[:, -1:], axis=1)
    rolloff = logf[rolloff_bin]
    out = []
    for series in (centroid, spread, flatness, rolloff):
        mean = float(series @ weights)
        out += [mean, float(np.sqrt(max((series - mean) ** 2 @ weights, 0)))]
    return np.array(out)


def _loudness(frame_db, peak, hop_s) -> np.ndarray:
    """Peak level, attack time, decay times to -20 and -40 dB, and time above -40 dB (log s)."""
    peak_db = frame_db[peak]
    onset = _onset_frame(frame_db, peak)
    after = frame_db[peak:]

    def decay(drop):
        below = np.flatnonzero(after < peak_db - drop)
        return (below[0] if len(below) else len(after)) * hop_s

    above = np.count_nonzero(frame_db > peak_db - 40.0) * hop_s
    attack = (peak - onset) * hop_s
    return np.array([max(peak_db, -100.0) / 20.0, np.log(attack + hop_s),
                     np.log(decay(20) + hop_s), np.log(decay(40) + hop_s), np.log(above + hop_s)])


def group_weights() -> np.ndarray:
    """Per-column factor that gives each descriptor group its weight, whatever its length.

    Applied after standardising: a group of n unit-variance columns scaled by w/sqrt(n) adds w^2
    to the expected squared distance, so 13 MFCCs do not outvote 5 loudness numbers by count.
    """
    return np.concatenate([np.full(n, w / np.sqrt(n)) for n, w in GROUPS.values()])


def columns(group: str) -> slice:
    """The columns of one descriptor group in a vector, e.g. columns("chroma")."""
    start = 0
    for name, (n, _) in GROUPS.items():
        if name == group:
            return slice(start, start + n)
        start += n
    raise KeyError(f"no descriptor group {group!r}; groups: {', '.join(GROUPS)}")
