"""The baseline: a smoothed n-gram model over whole notes (pitch and duration as one symbol).

Interpolated Kneser-Ney (`method="kn"`, discount per order from the count-of-counts) or
Witten-Bell (`method="wb"`); the lowest order is interpolated with a uniform distribution over
every possible note, so an unseen note still has a probability and bits per note stay finite.
Bits per note here and for the LSTM count the same events (every note of a melody, given the
start of the melody), so the two numbers compare directly.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import numpy as np

from oscserver.noternn.data import DURATIONS, N_PITCHES

START = -1  # padding symbol before the first note


def _symbols(tokens) -> list[int]:
    t = np.asarray(tokens).reshape(-1, 2)
    return (t[:, 0] * len(DURATIONS) + t[:, 1]).tolist()


class NGram:
    """fit(sequences) / bits_per_note(sequences) / sample(primer, n, rng); learned state ends in _."""

    def __init__(self, order: int = 3, method: str = "kn"):
        if order < 1:
            raise ValueError(f"order must be >= 1, got {order}")
        if method not in ("kn", "wb"):
            raise ValueError(f"method must be 'kn' or 'wb', got {method!r}")
        self.order = order
        self.method = method
        self.vocab_size = N_PITCHES * len(DURATIONS)

    def fit(self, seqs) -> "NGram":
        """seqs: (T, 2) token arrays. Counts every order 1..order (contexts as tuples)."""
        n = self.order
        counts = [defaultdict(Counter) for _ in range(n)]  # counts[k][context of length k][symbol]
        for seq in seqs:
            s = [START] * (n - 1) + _symbols(seq)
            for i in range(n - 1, len(s)):
                for k in range(n):
                    counts[k][tuple(s[i - k:i])][s[i]] += 1
        if self.method == "kn":
            # lower orders count distinct left extensions (continuation counts), not occurrences
            cont = [defaultdict(Counter) for _ in range(n)]
            for k in range(1, n):
                for ctx, nxt in counts[k].items():
                    for w in nxt:
                        cont[k - 1][ctx[1:]][w] += 1
            cont[n - 1] = counts[n - 1]
            # contexts cut short by the start of a melody have no left extension: keep raw counts
            for k in range(n - 1):
                for ctx in counts[k]:
                    if ctx and ctx[0] == START:
                        cont[k][ctx] = counts[k][ctx]
            self.counts_ = cont
            self.discounts_ = []
            for k in range(n):
                coc = Counter(c for nxt in cont[k].values() for c in nxt.values())
                n1, n2 = coc.get(1, 0), coc.get(2, 0)
                self.discounts_.append(n1 / (n1 + 2 * n2) if n1 + n2 > 0 else 0.5)
        else:
            self.counts_ = counts
        # totals and number of distinct followers per context
        self.totals_ = [{ctx: (sum(nxt.values()), len(nxt)) for ctx, nxt in level.items()}
                        for level in self.counts_]
        return self

    def prob(self, context: tuple, w: int) -> float:
        p = 1.0 / self.vocab_size
        for k in range(self.order):
            ctx = context[len(context) - k:] if k else ()
            total = self.totals_[k].get(ctx)
            if total is None:
                continue  # unseen context: keep the lower-order estimate
            c_hw = self.counts_[k][ctx].get(w, 0)
            c_h, types = total
            if self.method == "kn":
                d = self.discounts_[k]
                p = max(c_hw - d, 0.0) / c_h + d * types / c_h * p
            else:
                p = (c_hw + types * p) / (c_h + types)
        return p

    def bits_per_note(self, seqs) -> float:
        nats, notes = 0.0, 0
        for seq in seqs:
            s = [START] * (self.order - 1) + _symbols(seq)
            for i in range(self.order - 1, len(s)):
                nats -= math.log(self.prob(tuple(s[i - self.order + 1:i]), s[i]))
                notes += 1
        return nats / notes / math.log(2)

    def sample(self, primer, n: int, rng: np.random.Generator) -> np.ndarray:
        """Continue primer ((T, 2) tokens) by n notes; slow (scores every symbol), for baselines."""
        s = [START] * (self.order - 1) + _symbols(primer)
        out = []
        for _ in range(n):
            ctx = tuple(s[len(s) - self.order + 1:]) if self.order > 1 else ()
            probs = np.array([self.prob(ctx, w) for w in range(self.vocab_size)])
            w = int(rng.choice(self.vocab_size, p=probs / probs.sum()))
            s.append(w)
            out.append((w // len(DURATIONS), w % len(DURATIONS)))
        return np.array(out, dtype=np.int64).reshape(-1, 2)


def best_ngram(train_seqs, valid_seqs, orders=range(1, 6), methods=("kn", "wb"), log=None):
    """Fit every order and method; return (best model by validation bits/note, {(method, order): bits})."""
    scores, best = {}, None
    for method in methods:
        for order in orders:
            model = NGram(order, method).fit(train_seqs)
            scores[(method, order)] = bits = model.bits_per_note(valid_seqs)
            if log:
                log(f"  {method} order {order}: {bits:.3f} bits/note on validation")
            if best is None or bits < scores[(best.method, best.order)]:
                best = model
    return best, scores
