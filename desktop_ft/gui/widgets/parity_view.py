"""A parity report (export/<target>-<precision>/parity.json) as a verdict and a table.

The verdict comes first and in colour, because it is the answer to "can I ship this?"; the
numbers below say why, each next to the threshold it was judged by.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop_ft.gui.widgets.format import data_size, number

VERDICT_COLORS = {"match": "#1a7f37", "pass": "#1a7f37", "fail": "#cf222e",
                  "not_run": "#9a6700"}


class ParityView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(50)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        self.report: dict[str, Any] | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.verdict.setAccessibleName(self.tr("Parity verdict"))
        self.table.setHeaderLabels([self.tr("Measure"), self.tr("ONNX Runtime"),
                                    self.tr("PyTorch"), self.tr("Threshold")])
        self.table.setAccessibleName(self.tr("Parity report"))
        if self.report is None:
            self.clear()
        else:
            self.show_report(self.report)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def verdict_names(self) -> dict[str, str]:
        return {"match": self.tr("match: answers like the trained model"),
                "pass": self.tr("pass: within the limits for this precision"),
                "fail": self.tr("fail: does not answer like the trained model"),
                "not_run": self.tr("not run: this target cannot run here")}

    def clear(self) -> None:
        self.report = None
        self.verdict.setText(self.tr("No export selected."))
        self.table.clear()

    def show_report(self, report: dict[str, Any]) -> None:
        self.report = report
        verdict = str(report.get("verdict", "not_run"))
        color = VERDICT_COLORS.get(verdict, "#57606a")
        text = self.verdict_names().get(verdict, verdict)
        reasons = "; ".join(report.get("reasons") or [])
        self.verdict.setText(
            f'<span style="font-size:large; font-weight:600; color:{color}">'
            + self.tr("Verdict: {0}").format(text) + "</span>"
            + (f"<br>{reasons}" if reasons else ""))
        self.table.clear()
        limits = report.get("thresholds") or {}
        perf = report.get("performance") or {}
        ppl = report.get("perplexity") or {}

        def limit(key: str, at_least: bool) -> str:
            if key not in limits:
                return ""
            return ("≥ " if at_least else "≤ ") + number(limits[key], 4)

        def share(value: Any) -> str:
            return "–" if value is None else f"{number(100 * float(value), 1)} %"

        rows = [
            (self.tr("Largest logit difference"), number(report.get("max_abs_logit_diff"), 6),
             "", limit("max_abs_logit_diff", False)),
            (self.tr("Relative logit difference"),
             number(report.get("relative_logit_diff"), 6), "",
             limit("relative_logit_diff", False)),
            (self.tr("Same next token (top-1)"), share(report.get("top1_agreement")), "",
             limit("top1_agreement", True)),
            (self.tr("Same next token where PyTorch is sure"),
             share(report.get("decisive_top1_agreement")), "",
             limit("decisive_top1_agreement", True)),
            (self.tr("Mean KL divergence"), number(report.get("mean_kl"), 4), "",
             limit("mean_kl", False)),
            (self.tr("Same greedy answer"), share(report.get("greedy_exact_match")), "",
             limit("greedy_exact_match", True)),
            (self.tr("Greedy tokens in agreement"), share(report.get("greedy_token_agreement")),
             "", ""),
            (self.tr("Stops where PyTorch stops"), self._yes_no(report.get("stop_match")), "",
             ""),
            (self.tr("End tokens"), str(report.get("eos_ids_onnx", "")),
             str(report.get("eos_ids_pytorch", "")), ""),
            (self.tr("Chat template"), self._yes_no(report.get("template_match")), "", ""),
            (self.tr("Perplexity"), number(ppl.get("onnx"), 3), number(ppl.get("pytorch"), 3),
             ""),
            (self.tr("Perplexity ratio (ONNX / PyTorch)"), number(ppl.get("ratio"), 4), "",
             limit("perplexity_ratio", False)),
            (self.tr("Size on disk"), data_size(int(perf.get("size_bytes") or 0)), "", ""),
            (self.tr("Load time (s)"), number(perf.get("onnx_load_seconds"), 2),
             number(perf.get("pytorch_load_seconds"), 2), ""),
            (self.tr("First token (s)"), number(perf.get("onnx_ttft_seconds"), 3), "", ""),
            (self.tr("Tokens per second"), number(perf.get("onnx_tokens_per_s"), 1),
             number(perf.get("pytorch_tokens_per_s"), 1), ""),
        ]
        for values in rows:
            QTreeWidgetItem(self.table, list(values))
        for column in range(4):
            self.table.resizeColumnToContents(column)

    def _yes_no(self, value: Any) -> str:
        if value is None:
            return "–"
        return self.tr("yes") if value else self.tr("no")
