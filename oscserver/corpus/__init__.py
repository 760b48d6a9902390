"""The corpus-map instrument: a folder of sounds becomes a 2-D map where similar sounds sit
together (descriptors, PCA, t-SNE, k-means), with a nearest-sound lookup for the mouse.

The compute core (audio, descriptors, analysis, mapping, core, flucoma, plot, and cluster for
describing on Dask) knows nothing of OSC; osc.py is the thin OSC layer and cli.py the command line.
"""
from oscserver.corpus.analysis import Analysis, analyze_folder
from oscserver.corpus.core import fit_map, make_map
from oscserver.corpus.flucoma import load_map, save_map
from oscserver.corpus.mapping import LAYOUTS, CorpusMap

__all__ = ["Analysis", "CorpusMap", "LAYOUTS", "analyze_folder", "fit_map", "load_map", "make_map", "save_map"]
