"""Steps whose engines are not wired into the window yet: what they will do, and the command
that does it today. No widget here pretends to work."""

from __future__ import annotations

from desktop_ft.gui.pages.base import Page


class EvaluatePage(Page):
    key = "evaluate"

    def __init__(self, parent=None) -> None:
        super().__init__(
            self.tr("Evaluate & chat"),
            self.tr("Here the base model and your fine-tuned model will answer the same prompts "
                    "side by side, with the run's evaluation metrics. This page is not connected "
                    "yet; the command below asks a finished run (its folder or its name, listed "
                    "on the Runs page) today."),
            parent)
        self.body.addStretch(1)
        self.command.set_command(["desktop-ft", "chat", "RUN", "--prompt", "Hello"])


class ExportPage(Page):
    key = "export"

    def __init__(self, parent=None) -> None:
        super().__init__(
            self.tr("Export"),
            self.tr("Here a run will be merged and exported to ONNX (fp32, fp16, int8 or int4, "
                    "ONNX Runtime GenAI layout) for CPUs, GPUs and edge devices, with a parity "
                    "check against PyTorch. This page is not connected yet; the command below "
                    "exports a finished run today."),
            parent)
        self.body.addStretch(1)
        self.command.set_command(["desktop-ft", "export", "RUN", "--precision", "int4"])
