"""Files shipped with the app (resources/ in a clone, desktop_ft/resources when installed).

Read through importlib.resources so the same code works from a clone, an editable install, a
wheel and a frozen bundle.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    return Path(str(resources.files("desktop_ft.resources").joinpath(*parts)))


def sample_path(name: str) -> Path:
    return resource_path("samples", name)


def example_path(name: str) -> Path:
    return resource_path("examples", name)


DEMO_CONFIG = example_path("demo-lora.yaml")
