"""Writing a Decomposition to a folder, and reading back the bases as a live-match model.

Files (every one written to a temp file and renamed, so a crash leaves no half-written output):

    component-<k>.wav   the resynthesised sound of component k (k from 0), at the input's rate
    bases.wav           K channels of F samples: the spectral templates (FluCoMa's bases buffer)
    activations.wav     K channels of T samples at the frame rate (rounded): the activations
    bases.npy           (K, F) float32          activations.npy   (T, K) float32
    nmf.json            STFT settings, sample rate, bases and activation peaks: all that live
                        matching needs (load_model); plain JSON that Max's [dict] or js can read too
    nmf.png             bases and envelopes drawn (Pillow)
"""

import json
from pathlib import Path

import numpy as np

from oscserver.errors import RequestError
from oscserver.nmf.decompose import Decomposition
from oscserver.nmf.stft import STFTConfig
from oscserver.server.files import atomic_write, write_wav

MODEL_KEYS = {"format", "stft", "sample_rate", "beta", "bases", "activation_peaks", "source", "frames",
              "frame_rate", "divergence"}


def save(d: Decomposition, folder, *, plot: bool = True) -> dict:
    """Write everything; returns {"components": [paths], "bases": ..., ...} (Paths)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    K = d.bases.shape[0]
    out = {"components": []}
    for k in range(K):
        out["components"].append(write_wav(folder / f"component-{k}.wav", d.components[k], d.sample_rate))
    out["bases_wav"] = write_wav(folder / "bases.wav", d.bases.T, d.sample_rate)               # (F, K)
    out["activations_wav"] = write_wav(folder / "activations.wav", d.activations,
                                       max(1, round(d.frame_rate)))                             # (T, K)
    for name, array in (("bases", d.bases), ("activations", d.activations)):
        with atomic_write(folder / f"{name}.npy") as tmp:
            with open(tmp, "wb") as f:
                np.save(f, array.astype(np.float32))
        out[name] = folder / f"{name}.npy"
    out["model"] = save_model(d, folder / "nmf.json")
    if plot:
        from oscserver.nmf.plot import plot_decomposition
        out["png"] = plot_decomposition(d, folder / "nmf.png")
    return out


def save_model(d: Decomposition, path) -> Path:
    model = {
        "format": "oscserver-nmf-1",
        "stft": d.stft.to_dict(),
        "sample_rate": d.sample_rate,
        "beta": d.beta,
        "bases": np.round(d.bases, 8).tolist(),                   # (K, F)
        "activation_peaks": d.activation_peaks.tolist(),          # (K,) scales live activations to 0..1
        "source": Path(d.source).name if d.source else "",
        "frames": int(d.activations.shape[0]),
        "frame_rate": d.frame_rate,
        "divergence": d.divergence,
    }
    with atomic_write(path) as tmp:
        tmp.write_text(json.dumps(model, indent=1))
    return Path(path)


def load_model(path) -> dict:
    """The model dict with numpy bases (K, F), peaks (K,) and an STFTConfig; RequestError if malformed."""
    path = Path(path)
    try:
        model = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise RequestError(f"NMF model {path.name!r} cannot be read as JSON: {e}") from None
    if not isinstance(model, dict) or model.get("format") != "oscserver-nmf-1":
        raise RequestError(f"NMF model {path.name!r} is not an oscserver NMF model (format oscserver-nmf-1)")
    unknown = set(model) - MODEL_KEYS
    if unknown:
        raise RequestError(f"NMF model {path.name!r} has unknown keys {sorted(unknown)}")
    cfg = STFTConfig.from_dict(model["stft"])
    bases = np.asarray(model["bases"], dtype=np.float32)
    peaks = np.asarray(model["activation_peaks"], dtype=np.float32)
    if bases.ndim != 2 or bases.shape[1] != cfg.bins or peaks.shape != (bases.shape[0],):
        raise RequestError(f"NMF model {path.name!r}: bases must be (K, {cfg.bins}) with K peaks, "
                           f"given {bases.shape} and {peaks.shape}")
    return {**model, "stft": cfg, "bases": bases, "activation_peaks": peaks}
