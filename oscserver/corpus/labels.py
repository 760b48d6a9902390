"""Drum labels from file names, for judging a map of Debian's hydrogen-drumkits.

A map is good when sounds of one kind sit together. The kits name their files in many ways
("PearlKick-Hard", "BD_01", "hhclosed_03", "EE_Hat_Op_Dirty", "t1_02"), so the name is split into
words (at case changes, digits and punctuation) and each word is looked up. Files whose name says
nothing about the drum (rumpf_kit's "beats_06-38", sound effects, bells, claps) get no label and
are left out of the score.
"""
import re
from pathlib import Path

import numpy as np

KINDS = ("kick", "snare", "hihat", "tom", "cymbal")

# Whole words (after splitting) and what they mean. Abbreviations come from the kits' own naming.
_WORDS = {
    "kick": {"kick", "bd", "bassdrum", "k"},
    "snare": {"snare", "sn", "sd", "jsnare", "rsnare"},
    "hihat": {"hihat", "hh", "hat", "hhat", "chh", "ohh", "ho", "hhclosed", "hhopen", "hhpedal",
              "closehihat", "openhat", "pedalhihat"},
    "tom": {"tom", "tm", "ft", "t", "floortom", "tomh"},
    "cymbal": {"crash", "ride", "splash", "china", "cymbal", "rd", "cc", "rc", "cra"},
}
_WORD_TO_KIND = {w: kind for kind, words in _WORDS.items() for w in words}
# Checked in this order: "SnareRim" is a snare, "HiHatFoot" a hi-hat, "CrashRide18Bell" a cymbal.
_PRIORITY = ("snare", "kick", "hihat", "tom", "cymbal")


def name_words(path) -> list[str]:
    """'PearlSnareRimshot-Hard.wav' -> ['pearl', 'snare', 'rimshot', 'hard']."""
    stem = Path(path).stem
    stem = re.sub(r"([a-z])([A-Z])", r"\1 \2", stem)          # camelCase -> camel Case
    return [w.lower() for w in re.findall(r"[A-Za-z]+", stem)]


def drum_label(path) -> str | None:
    """The kind of drum a file name says (one of KINDS), or None when the name does not say."""
    words = name_words(path)
    # 'hi hat' is written as two words in 'HiHatClosed'
    kinds = {_WORD_TO_KIND[w] for w in words if w in _WORD_TO_KIND}
    for kind in _PRIORITY:
        if kind in kinds:
            return kind
    return None


def neighbour_agreement(xy, labels, k: int = 5, *, strict: bool = False) -> float:
    """Share of each labelled point's k nearest labelled neighbours (in the map) with its label.

    Unlabelled points (None) are left out entirely: they neither score nor count as neighbours.
    strict=True: the neighbours are taken among all points, and an unlabelled neighbour counts as
    a different kind (a harsher score: a snare next to an unnamed snare of another kit loses).
    """
    from scipy.spatial import cKDTree

    if strict:
        names = np.array(["" if lab is None else str(lab) for lab in labels])
        labelled = names != ""
        if labelled.sum() == 0 or len(names) <= k:
            raise ValueError(f"need labelled points and more than k={k} points, got {len(names)}")
        _, idx = cKDTree(np.asarray(xy, dtype=np.float64)).query(np.asarray(xy, dtype=np.float64), k=k + 1)
        neighbours = idx[labelled, 1:]                              # (n_labelled, k)
        return float((names[neighbours] == names[labelled][:, None]).mean())
    keep = np.array([lab is not None for lab in labels])
    xy = np.asarray(xy, dtype=np.float64)[keep]
    labs = np.array([lab for lab in labels if lab is not None])
    if len(labs) <= k:
        raise ValueError(f"need more than k={k} labelled points, got {len(labs)}")
    _, idx = cKDTree(xy).query(xy, k=k + 1)
    neighbours = idx[:, 1:]                                     # drop the point itself
    return float((labs[neighbours] == labs[:, None]).mean())
