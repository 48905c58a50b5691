"""How the model is trained: the technique and its settings, as the configuration sets them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

from desktop_ft.gui.pages.base import Page, add_row
from desktop_ft.gui.session import Session
from desktop_ft.gui.widgets.format import method_name, number


class PlanPage(Page):
    key = "plan"

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(
            self.tr("Plan"),
            self.tr("The fine-tuning technique and its settings. Ranked recommendations for this "
                    "machine, with memory estimates, arrive with the planner; until then the plan "
                    "is the run configuration's, and the Train page runs exactly these settings."),
            parent)
        self.session = session
        form = QFormLayout()
        self.method = add_row(form, self, self.tr("Technique:"))
        self.adapter = add_row(form, self, self.tr("Adapter:"))
        self.length = add_row(form, self, self.tr("Length:"))
        self.batch = add_row(form, self, self.tr("Batch:"))
        self.optimizer = add_row(form, self, self.tr("Learning rate:"))
        self.precision = add_row(form, self, self.tr("Precision:"))
        self.checkpoints = add_row(form, self, self.tr("Checkpoints:"))
        self.seed = add_row(form, self, self.tr("Seed:"))
        self.body.addLayout(form)
        self.body.addStretch(1)
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        config = self.session.config
        if config is None:
            self.method.setText(str(self.session.error or ""))
            return
        t, lo = config.train, config.lora
        self.method.setText(method_name(config.method))
        if config.method == "full":
            self.adapter.setText(self.tr("none: every weight is trained"))
        else:
            targets = lo.target_modules if isinstance(lo.target_modules, str) \
                else ", ".join(lo.target_modules)
            self.adapter.setText(self.tr("rank {0}, alpha {1}, dropout {2}, on {3}").format(
                lo.rank, lo.alpha, number(lo.dropout, 2), targets))
        self.length.setText(self.tr("{0} steps").format(number(t.max_steps)) if t.max_steps
                            else self.tr("{0} epochs").format(number(t.epochs, 1)))
        self.batch.setText(self.tr("{0} examples × {1} accumulation steps").format(
            t.batch_size, t.grad_accum))
        self.optimizer.setText(self.tr("{0}, {1} schedule, {2} % warm-up").format(
            f"{t.learning_rate:g}", t.scheduler, number(t.warmup_ratio * 100, 0)))
        self.precision.setText(t.precision)
        self.checkpoints.setText(self.tr("every {0} steps").format(t.save_every) if t.save_every
                                 else self.tr("at the end only"))
        self.seed.setText(str(t.seed))
        self.command.set_command(["desktop-ft", "train", str(self.session.config_path)])
