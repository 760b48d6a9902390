"""The shipped SampleRNN as a performer hears it: free generation stays alive and keeps time."""
import numpy as np

from oscserver.paths import MODELS_DIR
from oscserver.samplernn import judge
from oscserver.samplernn.model import default_clock, default_temperature, load


def test_the_shipped_models_first_20_seconds_are_alive():
    model = load(MODELS_DIR / "samplernn" / "chorales.pt")
    sr = model.config.sample_rate
    y = judge.generate(model, 20.0, default_temperature(model), seed=0)
    onsets = judge.onset_times(y, sr)
    assert judge.alive_share(y, sr, onsets) >= 0.85                 # the judge's measure, each second
    assert 0.5 <= len(onsets) / 20 <= 6.0                          # hits, not a drone, not noise
    assert abs(y.mean()) < 0.01
    # and it keeps time: onsets fall nearer the clock's beats and half-beats than chance would put them
    clk = default_clock(model)
    half_beats = onsets * clk.bpm / 60 * 2
    offset = np.abs(half_beats - np.round(half_beats))              # 0 on an eighth, 0.5 between
    assert np.median(offset) < 0.2, np.median(offset)
