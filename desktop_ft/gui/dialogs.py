"""How failures reach the user: actionable messages for their mistakes, apologies for ours.

Boxes are opened window-modal with `open()`, not `exec()`: a nested event loop while a job is
running would let its queued events re-enter half-finished slots.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_ft.core.events import Failed
from desktop_ft.gui import messages

_open_boxes: list[QMessageBox] = []  # parentless boxes must outlive the function that made them


def _show(box: QMessageBox) -> QMessageBox:
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if box.parent() is None:
        _open_boxes.append(box)
        box.finished.connect(lambda _result, b=box: _open_boxes.remove(b))
    box.open()
    return box


def show_failure(parent: QWidget | None, failed: Failed) -> QMessageBox:
    """A job ended badly: the user's mistake gets where + hint, a bug gets the log path."""
    if not failed.user_error:
        return show_bug(parent, failed.log_path, failed.message)
    title = QCoreApplication.translate("dialogs", "Cannot continue")
    message = messages.translate(failed.message, failed.key, failed.params)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                      QMessageBox.StandardButton.Ok, parent)
    details = []
    if failed.where:
        details.append(QCoreApplication.translate("dialogs", "Where: {0}")
                       .format(messages.translate(failed.where)))
    if failed.hint:
        details.append(QCoreApplication.translate("dialogs", "What to do: {0}")
                       .format(messages.translate(failed.hint)))
    box.setInformativeText("\n".join(details))
    return _show(box)


def show_bug(parent: QWidget | None, log_path: str | None, summary: str = "") -> QMessageBox:
    text = QCoreApplication.translate("dialogs", "Sorry, something went wrong inside Desktop "
                                      "FT. This is a bug, not something you did.")
    title = QCoreApplication.translate("dialogs", "Internal error")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    where = log_path or QCoreApplication.translate("dialogs", "(the terminal)")
    info = QCoreApplication.translate("dialogs", "The details were saved to:\n{0}\nPlease "
                                      "include that file when you report it. The app keeps "
                                      "running.").format(where)
    if summary:
        info = summary + "\n\n" + info
    box.setInformativeText(info)
    return _show(box)
