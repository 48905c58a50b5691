"""Render the app icon (packaging/icons/desktop-ft.svg) into the files each platform wants.

    python tools/render_icons.py            # write them
    python tools/render_icons.py --check    # exit 1 if a committed file is out of date

Writes PNGs of every size Linux icon themes and window managers ask for into
resources/icons/ (they ship inside the wheel, where the app reads its window icon), and the
Windows .ico and macOS .icns next to the SVG (build-time only, for PyInstaller). The two
containers are written here rather than through Qt's image plugins, which store a single size:
both formats are a small header followed by PNG images, and every size must be inside.
Rendering uses Qt's own SVG renderer, so no other tool (ImageMagick, Inkscape) is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "packaging" / "icons" / "desktop-ft.svg"
PNG_DIR = ROOT / "resources" / "icons"
ICO = ROOT / "packaging" / "icons" / "desktop-ft.ico"
ICNS = ROOT / "packaging" / "icons" / "desktop-ft.icns"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can say
# icns entry types holding PNG data, by pixel size (Apple's names; 2x entries reuse a size).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def png_name(size: int) -> str:
    return f"desktop-ft-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size x size image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]  # keep it alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico: ICONDIR, one ICONDIRENTRY per size, then the PNG images."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns' + total length, then (type, length, PNG) chunks."""
    chunks = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                      for kind, size in ICNS_TYPES if size in pngs)
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def outputs(svg: Path = SOURCE) -> dict[Path, bytes]:
    """Every file this script writes, with its content."""
    pngs = {size: render_png(svg, size) for size in SIZES}
    files = {PNG_DIR / png_name(size): data for size, data in pngs.items()}
    files[ICO] = ico_bytes(pngs)
    files[ICNS] = icns_bytes(pngs)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only report files that differ from a fresh rendering")
    args = parser.parse_args(argv)
    stale = []
    for path, data in outputs().items():
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_bytes(data)
            tmp.replace(path)
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'} {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
