"""Model shapes, config, checkpoints, and the reference generator against teacher forcing."""
import numpy as np
import pytest
import torch

from oscserver.samplernn.model import (SampleRNN, SampleRNNConfig, checkpoint, from_checkpoint,
                                       load)

TINY = dict(dim=32, mlp_dim=24, embed_dim=8, context=4, upsample_rank=4)


def tiny(**kw):
    torch.manual_seed(0)
    model = SampleRNN(SampleRNNConfig(**{**TINY, **kw})).eval()
    with torch.no_grad():                    # untrained weights give near-uniform outputs: perturb
        for p in model.parameters():
            p.add_(0.1 * torch.randn_like(p))
    return model


@pytest.mark.parametrize("frame_sizes,rnn", [((8,), "gru"), ((4, 16), "lstm"), ((2, 4, 8), "gru")])
def test_tier_shapes(frame_sizes, rnn):
    model = tiny(frame_sizes=frame_sizes, rnn=rnn)
    B, T = 3, 4 * frame_sizes[-1]
    x = torch.randint(0, 256, (B, model.lookback + T))
    logits, state = model(x)
    assert logits.shape == (B, T, 256)
    assert len(state) == len(frame_sizes)
    h = torch.zeros(B, 5, 32)
    for k, tier in enumerate(model.tiers):
        out_dim = 24 if k == 0 else 32
        assert tier.upsample(h).shape == (B, 5 * tier.upsample.ratio, out_dim)
    # carrying the state on gives the same logits as one long pass
    long = torch.randint(0, 256, (1, model.lookback + 2 * T))
    whole, _ = model(long)
    first, st = model(long[:, : model.lookback + T])
    second, _ = model(long[:, T:], st)
    assert torch.allclose(torch.cat([first, second], 1), whole, atol=1e-5)


def test_config_refuses_unknown_keys_and_bad_values():
    with pytest.raises(ValueError, match="unknown SampleRNN config keys"):
        SampleRNNConfig.from_dict({**SampleRNNConfig().to_dict(), "n_head": 4})
    with pytest.raises(ValueError, match="multiple"):
        SampleRNNConfig(frame_sizes=(4, 6))
    with pytest.raises(ValueError, match="context"):
        SampleRNNConfig(frame_sizes=(4,), context=8)


def test_checkpoint_loads_with_weights_only(tmp_path):
    model = tiny(frame_sizes=(4, 8), rnn="lstm")
    path = tmp_path / "m.pt"
    torch.save(checkpoint(model, step=3), path)
    raw = torch.load(path, weights_only=True)
    assert raw["config"]["rnn"] == "lstm" and raw["step"] == 3
    again = load(path)
    x = torch.randint(0, 256, (1, 8 + 16))
    assert torch.equal(again(x)[0], model(x)[0])


def test_reference_generator_follows_teacher_forcing():
    model = tiny(frame_sizes=(4, 8))
    prime = np.random.default_rng(1).integers(100, 160, 11)
    out = model.generate(30, temperature=0, prime=prime)
    for t in (0, 7, 19, 29):                 # greedy choice == argmax of p(next | history)
        p = model.next_distribution(np.concatenate([prime, out[:t]]))
        assert out[t] == int(np.argmax(p))
    a = model.generate(50, 1.0, seed=3)
    assert np.array_equal(a, model.generate(50, 1.0, seed=3))
    assert not np.array_equal(a, model.generate(50, 1.0, seed=4))
