"""The Model page: the offline catalog, a local folder, a hub download that says when it is
offline, and trust_remote_code as a per-model opt-in."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_ft import jobs
from desktop_ft.core import catalog
from desktop_ft.gui.pages.model import ModelPage
from desktop_ft.gui.session import Session


def make_page(qtbot) -> ModelPage:
    session = Session()
    session.load_demo()
    page = ModelPage(session, job=jobs.download)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def rows(page: ModelPage) -> list[list[str]]:
    return [[page.models.topLevelItem(i).text(c) for c in range(7)]
            for i in range(page.models.topLevelItemCount())]


def test_catalog_phi3_first_and_use(qtbot):
    page = make_page(qtbot)
    table = rows(page)
    assert len(table) == len(catalog.CATALOG)
    assert [r[0] for r in table[:2]] == ["demo", "phi-3-mini-4k"]
    assert {r[1] for r in table[1:10]} <= {"phi-3", "phi-3.5", "phi-4"}  # the Phi family first
    _name, family, params, licence, context, download, hub = table[1]
    locale = QLocale()
    assert (family, params, licence, context, hub) == (
        "phi-3", f"{locale.toString(3.8, 'f', 1)} B", "MIT", locale.toString(4096),
        "microsoft/Phi-3-mini-4k-instruct")
    assert download == f"{locale.toString(7.6, 'f', 1)} GB"  # bf16: 2 bytes per parameter
    assert page.models.currentItem().text(0) == "demo"  # the session's model is selected
    assert page.selected_model() == "demo (bundled Phi-3 architecture demo model)"

    page.trust.setChecked(True)  # opted in for the demo model...
    assert page.session.config.trust_remote_code
    page.models.setCurrentItem(page.models.topLevelItem(1))
    assert page.command.text() == (
        "desktop-ft estimate --model microsoft/Phi-3-mini-4k-instruct --method lora")
    page.use_button.click()
    assert page.session.config.model == "microsoft/Phi-3-mini-4k-instruct"
    assert not page.session.config.trust_remote_code  # ...which does not carry over
    assert not page.trust.isChecked()
    assert page.current.text() == "microsoft/Phi-3-mini-4k-instruct"


def test_local_folder(qtbot, tiny_model_dir, tmp_path):
    page = make_page(qtbot)
    assert page.use_folder(tiny_model_dir)
    assert page.session.config.model == str(tiny_model_dir.resolve())
    assert page.models.selectedItems() == []  # not a catalog model
    assert not page.use_folder(tmp_path)  # no config.json: said so, model unchanged
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("no config.json" in box.text() for box in boxes)
    for box in boxes:
        box.close()
    assert page.session.config.model == str(tiny_model_dir.resolve())


def test_download_offline_says_so(qtbot, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    page = make_page(qtbot)
    page.hub_id.setText("microsoft/Phi-3-mini-4k-instruct")
    assert page.command.text() == "desktop-ft download microsoft/Phi-3-mini-4k-instruct"
    with qtbot.waitSignal(page.runner.failed, timeout=30_000):
        page.download_button.click()
    assert "cannot reach the Hugging Face Hub (offline)" in page.hub_status.text()
    assert "choose its folder" in page.hub_status.text()
    assert page.download_button.isEnabled() and not page.stop_button.isEnabled()
    assert page.session.config.model == "demo"
