import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from oscclient import OscClient, free_udp_port  # noqa: E402


@pytest.fixture
def slow_server(tmp_path):
    """An in-process server with only the built-ins and the test instrument from slow_instrument.py."""
    from oscserver.server.app import Server
    from oscserver.server.config import ServerConfig

    (tmp_path / "in").mkdir()
    config = ServerConfig(port=free_udp_port(), reply_port=free_udp_port(), output=str(tmp_path / "out"),
                          allow_read=[str(tmp_path / "in")], models=str(tmp_path / "models"))
    server = Server(config, instruments=("slow_instrument:SlowInstrument",))
    server.start()
    yield server
    server.close()


@pytest.fixture
def slow_client(slow_server):
    with OscClient(slow_server.address) as c:
        yield c
