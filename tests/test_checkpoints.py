"""Model files are loaded without executing code; corrupt or foreign ones give a clear /error."""

import os

import pytest
import torch

from harness import REPO

LOADERS = [("/rnn/load", REPO / "models" / "samplernn" / "chorales.pt"),
           ("/samplernn/load", REPO / "models" / "noternn" / "folk.pt")]


class Evil:
    """Unpickling this runs a shell command: what a booby-trapped checkpoint looks like."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.mark.parametrize("address", [a for a, _ in LOADERS])
def test_a_malicious_pickle_is_refused_and_never_runs(client, server, address, tmp_path):
    marker = tmp_path / f"pwned-{address.strip('/').replace('/', '-')}"
    evil = server.input_dir / f"evil-{address.strip('/').replace('/', '-')}.pt"
    torch.save({"model_args": Evil(marker), "state_dict": {}}, evil)
    message = client.expect_error(address, str(evil), timeout=60)
    assert not marker.exists(), "loading the checkpoint executed code"
    assert "evil" in message or "checkpoint" in message or "model" in message, message


@pytest.mark.parametrize("address", [a for a, _ in LOADERS])
def test_a_corrupt_file_is_a_clear_error(client, server, address):
    corrupt = server.input_dir / "corrupt.pt"
    corrupt.write_bytes(os.urandom(4096))
    message = client.expect_error(address, str(corrupt), timeout=60)
    assert "internal error" not in message, message


@pytest.mark.parametrize("address, foreign", LOADERS)
def test_another_instruments_checkpoint_is_a_clear_error(client, address, foreign):
    message = client.expect_error(address, str(foreign), timeout=60)
    assert "internal error" not in message, message
    # the instrument still works with what it had loaded
    client.send("/status")
    assert client.expect("/status")[0] == "server"
