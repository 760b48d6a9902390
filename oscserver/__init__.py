"""oscserver: four machine-learning instruments for Max and Pure Data, over OSC.

    noternn/    an LSTM that continues melodies
    samplernn/  a SampleRNN that streams raw audio, sample by sample
    nmf/        NMF: a sound becomes per-component control envelopes
    corpus/     a folder of sounds laid out as a 2-D map with k-means clusters
    server/     the shared OSC foundation (address table, dispatcher, jobs, files)
"""

__version__ = "0.1.0"

from .simd import prefer_512_bit_vectors

prefer_512_bit_vectors()
