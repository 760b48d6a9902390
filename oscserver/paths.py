"""Where the shipped things live: models, example sounds, patches."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
MODELS_DIR = REPO_ROOT / "models"
EXAMPLES_DIR = REPO_ROOT / "examples"
PATCHES_DIR = REPO_ROOT / "patches"
