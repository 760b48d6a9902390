import numpy as np
import pytest

from oscserver.nmf.stft import STFTConfig, frame_count, istft, stft


@pytest.mark.parametrize("window,hop,fft", [(1024, 512, 1024), (1024, 256, 2048), (2048, 1024, 2048),
                                            (1000, 300, 1024), (64, 16, 64)])
@pytest.mark.parametrize("length", [1, 0.5, 3.3])
def test_istft_inverts_stft(window, hop, fft, length, rng):
    cfg = STFTConfig(window, hop, fft)
    n = int(length * window) if length != 1 else window
    y = rng.standard_normal(n).astype(np.float32)
    spec = stft(y, cfg)
    assert spec.shape == (frame_count(n, cfg), fft // 2 + 1)
    assert np.max(np.abs(istft(spec, cfg, n) - y)) < 1e-5


def test_frames_are_centred_on_hops():
    cfg = STFTConfig(1024, 512, 1024)
    y = np.zeros(44100, np.float32)
    y[512 * 40] = 1.0                                # a click centred on frame 40
    energy = np.abs(stft(y, cfg)).sum(axis=1)
    assert np.argmax(energy) == 40
    assert cfg.frame_rate(44100) == pytest.approx(86.1328125)


def test_config_round_trips_and_refuses_unknown_keys():
    cfg = STFTConfig(2048, 512, 4096)
    assert STFTConfig.from_dict(cfg.to_dict()) == cfg
    with pytest.raises(ValueError, match="unknown STFT config keys"):
        STFTConfig.from_dict({**cfg.to_dict(), "hopp": 3})
