import pytest
import torch


@pytest.fixture(autouse=True)
def one_torch_thread():
    """Small models train fastest on one thread, and OpenMP threads spin badly on a busy machine."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
