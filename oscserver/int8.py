"""int8 weights with one scale per output row: what both RNN generators store their big matrices as."""
import numpy as np


def quantize_rows(W, weights: str = "int8"):
    """(W as stored, scale per row over the last axis). "int8": symmetric per output row, so each row
    keeps its own range (rows of zeros get scale 1); "float32": W itself with scale 1."""
    W = np.ascontiguousarray(W, dtype=np.float32)
    if weights == "float32":
        return W, np.ones(W.shape[:-1], np.float32)
    top = np.abs(W).max(axis=-1)
    scale = np.where(top > 0, top / 127.0, 1.0).astype(np.float32)
    return np.rint(W / scale[..., None]).astype(np.int8), scale
