"""The configuration the window is working on, shared by the pages that show parts of it.

The Model, Data, Plan and Train pages all describe one RunConfig; keeping it here (not in a
widget) means opening a file on one page updates the others, and the Train page runs exactly what
the other pages show. The bundled demo is the starting point, so a first-time user can press
Start without choosing anything.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError

DEMO_MODEL = "demo"


def demo_config_path() -> Path:
    """The packaged demo recipe (resources/ ships as the package desktop_ft.resources)."""
    try:
        return Path(str(resources.files("desktop_ft.resources") / "examples" / "demo-lora.yaml"))
    except ModuleNotFoundError:
        # An editable install made before resources/ became a package does not map it yet;
        # the source tree still has the file where the wheel would put it.
        return Path(__file__).resolve().parents[2] / "resources" / "examples" / "demo-lora.yaml"


class Session(QObject):
    """Holds the current RunConfig and where it came from; `changed` fires when it is replaced."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config: cfg.RunConfig | None = None
        self.config_path: Path | None = None
        self.error: UserError | None = None

    @property
    def is_demo(self) -> bool:
        return self.config_path is not None and self.config_path == demo_config_path()

    def load_demo(self) -> None:
        """Load the bundled demo; a missing or broken file is kept as `error`, not raised."""
        path = demo_config_path()
        try:
            self.config = cfg.load(path)
        except UserError as exc:
            self.config, self.error = None, exc
        else:
            self.error = None
        self.config_path = path
        self.changed.emit()

    def open(self, path: str | Path) -> None:
        """Load a user's YAML file; raises UserError and keeps the current config on failure."""
        path = Path(path)
        config = cfg.load(path)
        self.config, self.config_path, self.error = config, path, None
        self.changed.emit()
