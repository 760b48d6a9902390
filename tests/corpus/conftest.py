"""Corpus test data: small folders of real drum hits from Debian's hydrogen-drumkits."""
import shutil
from pathlib import Path

import numpy as np
import pytest

DRUMKITS = Path("/usr/share/hydrogen/data/drumkits")
# Three kits with labelled names, recorded differently (aiff, flac, wav; mono and stereo; 44.1/48 kHz)
QUALITY_KITS = ("BJA_Pacific", "Millo_MultiLayered2", "ColomboAcousticDrumkit")
SMALL = [  # one of each kind, from two kits: a map small enough for OSC and Pd tests
    "BJA_Pacific/BD_01.aiff", "BJA_Pacific/BD_05.aiff", "BJA_Pacific/SN_01.aiff", "BJA_Pacific/SN_04.aiff",
    "BJA_Pacific/HH_01.aiff", "BJA_Pacific/HH_05.aiff", "BJA_Pacific/TM_01.aiff", "BJA_Pacific/RD_01.aiff",
    "Millo_MultiLayered2/bd_01.flac", "Millo_MultiLayered2/jsnare_01.flac", "Millo_MultiLayered2/hhclosed_01.flac",
    "Millo_MultiLayered2/tom_01.flac", "Millo_MultiLayered2/crash_01.flac", "Millo_MultiLayered2/ride_01.flac",
]


def require_drumkits():
    if not DRUMKITS.is_dir():
        pytest.fail(f"{DRUMKITS} is missing: install Debian's hydrogen-drumkits")


def copy_small_kit(folder: Path) -> Path:
    """Copy SMALL into folder (flattened: 'BJA_Pacific__BD_01.aiff') and return it."""
    require_drumkits()
    folder.mkdir(parents=True, exist_ok=True)
    for name in SMALL:
        shutil.copyfile(DRUMKITS / name, folder / name.replace("/", "__"))
    return folder


@pytest.fixture
def small_kit(tmp_path) -> Path:
    return copy_small_kit(tmp_path / "kit")


@pytest.fixture(scope="session")
def quality_kit(tmp_path_factory) -> Path:
    """Links to every sound of QUALITY_KITS in one folder (165 files), named kit__file."""
    require_drumkits()
    folder = tmp_path_factory.mktemp("quality")
    for kit in QUALITY_KITS:
        for f in sorted((DRUMKITS / kit).iterdir()):
            if f.suffix.lower() in (".wav", ".flac", ".aiff"):
                (folder / f"{kit}__{f.name}").symlink_to(f)
    return folder


@pytest.fixture
def rng():
    return np.random.default_rng(20261125)
