"""The window: a sidebar of steps in the order a user takes them, one page per step.

The window owns what outlives a page (the session's configuration, the settings) and decides
what happens on quit: a running job is asked about, stopped at a step boundary (so its checkpoint
is kept) and waited for, never killed mid-write.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop_ft import __version__
from desktop_ft.gui import i18n, job_runner
from desktop_ft.gui.job_runner import JobRunner
from desktop_ft.gui.pages.base import Page
from desktop_ft.gui.pages.data import DataPage
from desktop_ft.gui.pages.evaluate import EvaluatePage
from desktop_ft.gui.pages.export import ExportPage
from desktop_ft.gui.pages.hardware import HardwarePage
from desktop_ft.gui.pages.model import ModelPage
from desktop_ft.gui.pages.plan import PlanPage
from desktop_ft.gui.pages.runs import RunsPage
from desktop_ft.gui.pages.train import TrainPage
from desktop_ft.gui.session import Session
from desktop_ft.gui.settings import Settings
from desktop_ft.gui.theme import THEMES, apply_theme

DEFAULT_SIZE = QSize(1200, 780)
PAGE_KEYS = ("hardware", "model", "data", "plan", "train", "evaluate", "export", "runs")


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.session = Session(self)
        self.session.load_demo()
        config_path = self.settings.get("train/config_path")
        if config_path and Path(config_path).is_file():
            try:
                self.session.open(config_path)
            except Exception:  # a file that became invalid since: start from the demo instead
                self.session.load_demo()

        self.hardware_page = HardwarePage()
        self.model_page = ModelPage(self.session)
        self.data_page = DataPage(self.session)
        self.plan_page = PlanPage(self.session)
        self.train_page = TrainPage(self.session, self.settings)
        self.evaluate_page = EvaluatePage()
        self.export_page = ExportPage()
        self.runs_page = RunsPage()
        self.pages: list[Page] = [self.hardware_page, self.model_page, self.data_page,
                                  self.plan_page, self.train_page, self.evaluate_page,
                                  self.export_page, self.runs_page]
        self.runs_page.resume_requested.connect(self._resume_from_runs)
        self.runs_page.is_busy = lambda path: (self.train_page.runner.is_running()
                                               and path == self.train_page.run_dir)
        self.train_page.runner.running_changed.connect(self._update_title)

        self.sidebar = QListWidget(self)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            QListWidgetItem(self.sidebar)  # texts: _retitle_pages
            self.stack.addWidget(self._scrollable(page))
            page.retranslated.connect(self._retitle_pages)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 6px 12px; }")
        self.sidebar.currentRowChanged.connect(self._show_page)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.retranslate_ui()
        self.statusBar()
        self._restore()

    # menus -----------------------------------------------------------------------------------
    def _scrollable(self, page: Page) -> QScrollArea:
        """Pages scroll rather than force their size on the window: the window fits small
        screens and long translations, whatever page has the widest controls."""
        area = QScrollArea(self.stack)
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def _build_menus(self) -> None:
        """Menus and actions; their texts are set in retranslate_ui."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_config)
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(self._use_demo)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.open_action, self.demo_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.go_menu = bar.addMenu("")
        self.go_actions: list[QAction] = []
        for index, _page in enumerate(self.pages):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.show_page(PAGE_KEYS[i]))
            self.go_menu.addAction(action)
            self.go_actions.append(action)

        self.view_menu = bar.addMenu("")
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        current = self.settings.get("ui/theme")
        for name in THEMES:
            action = QAction(self, checkable=True)
            action.setChecked(name == current)
            action.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            group.addAction(action)
            self.view_menu.addAction(action)
            self.theme_actions[name] = action

        # Each language is named in itself and never translated (gui/i18n.py).
        self.language_menu = bar.addMenu("")
        self.language_actions: dict[str, QAction] = {}
        languages = QActionGroup(self)
        for code, name in i18n.LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            languages.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self._update_title(self.train_page.runner.is_running())
        self.sidebar.setAccessibleName(self.tr("Steps"))
        self.stack.setAccessibleName(self.tr("Current step"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open configuration…"))
        self.demo_action.setText(self.tr("Use the bundled &demo"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        labels = {"light": self.tr("&Light theme"), "dark": self.tr("&Dark theme")}
        for name, action in self.theme_actions.items():
            action.setText(labels[name])
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Desktop FT"))
        self._retitle_pages()

    def _retitle_pages(self) -> None:
        """Sidebar rows and Go actions carry the pages' headings, in the current language."""
        for index, page in enumerate(self.pages):
            title = page.heading.text()
            item = self.sidebar.item(index)
            if item is not None:
                item.setText(title)
                item.setToolTip(self.tr("{0} (Ctrl+{1})").format(title, index + 1))
            self.go_actions[index].setText(title)
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 56)

    def set_language(self, code: str) -> None:
        """Switch the interface language now; pages retranslate when Qt delivers the change."""
        code = i18n.set_language(code)
        self.settings.set("ui/language", code)
        self.setLocale(QLocale())  # spin boxes and the like format numbers in the new locale
        self.language_actions[code].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Desktop FT"),
                          self.tr("Desktop FT {0}\nPoint-and-click fine-tuning of language "
                                  "models on your own machine, with ONNX export for the edge.")
                          .format(__version__), QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # pages -----------------------------------------------------------------------------------
    def page(self, key: str) -> Page:
        return self.pages[PAGE_KEYS.index(key)]

    def current_page_key(self) -> str:
        return PAGE_KEYS[max(0, self.stack.currentIndex())]

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.settings.set("window/page", PAGE_KEYS[row])

    def _resume_from_runs(self, path: Path) -> None:
        self.show_page("train")
        self.train_page.resume(path)

    def choose_config(self) -> None:
        start = str(self.session.config_path.parent) if self.session.config_path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a run configuration"), start,
                                              self.tr("Run configuration (*.yaml *.yml);;"
                                                      "All files (*)"))
        if path:
            self.train_page.open_config(path)

    def _use_demo(self) -> None:
        if not self.train_page.runner.is_running():
            self.session.load_demo()
            self.settings.set("train/config_path", "")

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            name = apply_theme(app, name)
        # A widget with a style sheet keeps the palette it was polished with: polish it again.
        self.sidebar.setStyleSheet(self.sidebar.styleSheet())
        self.settings.set("ui/theme", name)
        self.theme_actions[name].setChecked(True)

    def _update_title(self, running: bool) -> None:
        self.setWindowTitle(self.tr("Desktop FT — training") if running
                            else self.tr("Desktop FT"))

    # geometry --------------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = self.settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        key = self.settings.get("window/page")
        self.show_page(key if key in PAGE_KEYS else PAGE_KEYS[0])

    def save_settings(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/page", self.current_page_key())
        self.settings.sync()

    # quitting --------------------------------------------------------------------------------
    def runners(self) -> list[JobRunner]:
        return [self.train_page.runner, self.hardware_page.runner, self.model_page.runner,
                self.data_page.runner, self.export_page.runner, self.export_page.chat.runner,
                self.evaluate_page.eval_runner, self.evaluate_page.base_panel.runner,
                self.evaluate_page.tuned_panel.runner]

    def confirm_stop(self) -> bool:
        """Ask before stopping a training run; a separate method so tests can answer it."""
        answer = QMessageBox.question(
            self, self.tr("Training is running"),
            self.tr("A training run is in progress. Stop it and quit?\n\nIt stops after the "
                    "current step and keeps its last checkpoint; Resume continues it later."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        train = self.train_page.runner
        if train.is_running():
            if train.is_stopping():
                self.statusBar().showMessage(self.tr("Still stopping the run after its current "
                                                     "step…"))
                event.ignore()
                return
            if not self.confirm_stop():
                event.ignore()
                return
        if train.is_running():  # still: it may have ended while the question was open
            # Stop cooperatively and close once the job has ended, keeping the window responsive
            # (a step on a large model can take a while).
            self.statusBar().showMessage(self.tr("Stopping the run after its current step…"))
            train.finished.connect(self._close_after_job)
            train.failed.connect(self._close_after_job)
            self.train_page.stop()
            event.ignore()
            return
        for runner in self.runners():
            runner.stop()
        job_runner.stop_all()
        job_runner.wait_all(10_000)
        self.save_settings()
        super().closeEvent(event)

    def _close_after_job(self, *_args: object) -> None:
        self.close()
