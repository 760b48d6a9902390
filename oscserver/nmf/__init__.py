"""NMF instrument: a sound becomes per-component control envelopes (FluCoMa BufNMF / NMFMatch).

    stft.py       STFT / inverse STFT (numpy)
    nmf.py        NMF estimator: beta-divergence, multiplicative updates, FluCoMa-like modes, NNDSVD
    _kernels.py   the compiled (numba) inner loops; the KL pass is generated per component count
    decompose.py  sound -> bases, 0..1 envelopes, resynthesised components
    save.py       writing WAV / .npy / JSON outputs; loading a bases model for live matching
    plot.py       PNG of bases and envelopes
    match.py      live matching: activations of incoming audio against fixed bases, frame by frame
    filter.py     live separation: incoming audio split by soft masks into one stream per component
    drumloop.py   drum loops mixed from hydrogen-drumkits with true stems (tests, bench, example)
    osc.py        NMFInstrument: the OSC addresses (/nmf/...)
    cli.py        `oscserver nmf ...` subcommands

The compute modules know nothing of OSC or sockets.
"""

from oscserver.nmf.decompose import Decomposition, decompose, decompose_file, load_audio
from oscserver.nmf.nmf import NMF, Cancelled, beta_divergence
from oscserver.nmf.stft import STFTConfig, istft, stft

__all__ = ["NMF", "Cancelled", "Decomposition", "STFTConfig", "beta_divergence", "decompose",
           "decompose_file", "istft", "load_audio", "stft"]
