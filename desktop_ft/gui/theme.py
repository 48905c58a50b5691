"""Light and dark palettes on the Fusion style.

The system colour scheme is not readable on every platform (and not at all offscreen), so the app
carries its own two palettes and lets the user choose; plots follow the palette they are shown in.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark")


def _palette(colors: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette({
        R.Window: "#f3f3f3", R.WindowText: "#1b1b1b", R.Base: "#ffffff",
        R.AlternateBase: "#f0f0f0", R.ToolTipBase: "#ffffdc", R.ToolTipText: "#1b1b1b",
        R.PlaceholderText: "#7a7a7a", R.Text: "#1b1b1b", R.Button: "#e8e8e8",
        R.ButtonText: "#1b1b1b", R.BrightText: "#d00000", R.Link: "#0b5cad",
        R.Highlight: "#2f6fb8", R.HighlightedText: "#ffffff", R.Mid: "#c8c8c8",
        R.Dark: "#a0a0a0", R.Light: "#ffffff", R.Shadow: "#707070",
    }, disabled_text="#9a9a9a")


def dark_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette({
        R.Window: "#2b2b2b", R.WindowText: "#e6e6e6", R.Base: "#1f1f1f",
        R.AlternateBase: "#2a2a2a", R.ToolTipBase: "#3a3a3a", R.ToolTipText: "#e6e6e6",
        R.PlaceholderText: "#8a8a8a", R.Text: "#e6e6e6", R.Button: "#3a3a3a",
        R.ButtonText: "#e6e6e6", R.BrightText: "#ff6b6b", R.Link: "#6cb4ff",
        R.Highlight: "#3d7cc9", R.HighlightedText: "#ffffff", R.Mid: "#505050",
        R.Dark: "#1a1a1a", R.Light: "#4a4a4a", R.Shadow: "#101010",
    }, disabled_text="#6f6f6f")


def apply_theme(app: QApplication, name: str) -> str:
    """Set Fusion and the named palette; an unknown name (an old settings file) falls back."""
    if name not in THEMES:
        name = "light"
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if name == "dark" else light_palette())
    return name
