"""The Plan page offscreen, on example machines read from tests/core/profiles (no detection)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_ft.core import catalog, hardware, matrix, recommend
from desktop_ft.core import estimate as est
from desktop_ft.gui.pages.plan import PlanPage
from desktop_ft.gui.session import Session

PROFILES = Path(__file__).parents[1] / "core" / "profiles"


def make_page(qtbot, machine: str | None) -> PlanPage:
    session = Session()
    session.load_demo()
    profile = hardware.load(PROFILES / f"{machine}.json") if machine else None
    page = PlanPage(session, profile=profile)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def choose_model(page: PlanPage, name: str) -> None:
    page.model.setCurrentIndex(page.model.findText(name))


def test_inputs_start_from_the_session_config(qtbot) -> None:
    page = make_page(qtbot, "gpu-8gb")
    assert page.model.itemText(0) == "demo"
    assert page.model.currentText() == page.session.config.model == "demo"
    assert page.seq.value() == page.session.config.data.max_length
    assert [page.scenario.itemData(i) for i in range(page.scenario.count())] == \
        list(matrix.SCENARIOS)
    assert list(page.goals) == list(matrix.GOALS)


def test_plans_are_ranked_as_core_recommend_ranks_them(qtbot) -> None:
    page = make_page(qtbot, "gpu-8gb")
    choose_model(page, "phi-3-mini-4k")
    expected = recommend.recommend(catalog.resolve("phi-3-mini-4k"), "adapt", [],
                                   page.profile, seq=page.seq.value())
    assert page.table.rowCount() == len(expected["plans"]) > 1
    labels = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert labels == [p["label"] for p in expected["plans"]]
    verdicts = {page.table.item(r, 3).text() for r in range(page.table.rowCount())}
    assert verdicts <= {"fits", "tight", "does not fit"}
    assert page.table.item(0, 3).text() == "fits"
    assert page.table.item(0, 4).text()  # peak memory, formatted
    assert "--model phi-3-mini-4k" in page.command.text()
    assert page.command.text().startswith("desktop-ft recommend")


def test_goals_change_the_plans_and_the_command(qtbot) -> None:
    page = make_page(qtbot, "gpu-8gb")
    page.goals["lower-memory"].setChecked(True)
    assert "--goal lower-memory" in page.command.text()
    assert page.doc["goals"][0]["key"] == "lower-memory"


def test_selecting_a_plan_fills_bars_and_details(qtbot) -> None:
    page = make_page(qtbot, "gpu-8gb")
    page.table.selectRow(1)
    plan = page.selected_plan()
    assert plan is page.doc["plans"][1]
    assert len(page.bars.terms) == len(est.TERMS)
    assert page.bars.capacity == plan["estimate"]["capacity_bytes"]
    assert page.bars.total == sum(plan["estimate"]["terms"].values())
    for reason in plan["reasons"]:
        assert reason in page.details.toPlainText()
    assert not page.bars.grab().isNull()


def test_apply_sets_the_plan_on_the_session_config(qtbot) -> None:
    page = make_page(qtbot, "cpu-only")
    plans = page.doc["plans"]
    row = next(i for i, p in enumerate(plans) if p["technique"] != page.session.config.method
               and p["trainable_here"])
    page.table.selectRow(row)
    plan = plans[row]
    assert page.apply_button.isEnabled()
    with qtbot.waitSignal(page.session.changed, timeout=1000):
        page.apply_button.click()
    config = page.session.config
    assert config.method == plan["technique"]
    assert config.train.batch_size == plan["settings"]["batch"]
    assert config.train.gradient_checkpointing == plan["settings"]["grad_checkpointing"]
    assert config.data.max_length == plan["settings"]["seq"]
    assert page.selected_plan()["technique"] == plan["technique"]  # selection survives


def test_apply_sets_the_lora_rank(qtbot) -> None:
    page = make_page(qtbot, "gpu-8gb")
    page.session.config.lora.rank = 4
    row = next(i for i, p in enumerate(page.doc["plans"]) if p["technique"] == "lora")
    page.table.selectRow(row)
    page.apply()
    assert page.session.config.method == "lora"
    assert page.session.config.lora.rank == page.doc["plans"][row]["settings"]["rank"] != 4


def test_multi_gpu_plans_cannot_be_applied(qtbot) -> None:
    page = make_page(qtbot, "gpu-4x80gb")
    row = next(i for i, p in enumerate(page.doc["plans"]) if p["distributed"])
    page.table.selectRow(row)
    assert not page.apply_button.isEnabled()
    assert "GPUs" in page.apply_button.toolTip()


def test_matrix_has_the_scenario_and_goal_rows(qtbot) -> None:
    page = make_page(qtbot, "cpu-only")
    table = page.matrix_table
    assert table.rowCount() == len(matrix.ROWS)
    keys = [table.item(r, 1).data(256) for r in range(table.rowCount())]
    assert keys[:len(matrix.SCENARIOS)] == list(matrix.SCENARIOS)
    assert table.columnCount() == 2 + len(matrix.TECHNIQUES)
    assert {table.item(r, c).text() for r in range(table.rowCount())
            for c in range(2, table.columnCount())} == {"Yes", "No"}


@pytest.mark.parametrize("machine", ["cpu-only", "apple-silicon"])
def test_machines_without_cuda_get_plans(qtbot, machine) -> None:
    page = make_page(qtbot, machine)
    assert page.table.rowCount() > 0
    assert all(p["technique"] != "qlora" for p in page.doc["plans"])


def test_without_hardware_it_asks_for_detection(qtbot) -> None:
    page = make_page(qtbot, None)
    assert page.table.rowCount() == 0
    assert "Detect hardware first" in page.hardware_label.text()
    assert page.hardware_button.isVisible()
    assert not page.apply_button.isEnabled()
    page.set_profile(hardware.load(PROFILES / "gpu-24gb.json"))
    assert page.table.rowCount() > 0
    assert not page.hardware_button.isVisible()


def test_the_window_hands_the_detected_profile_to_the_plan_page(qtbot, monkeypatch) -> None:
    from desktop_ft.gui.main_window import MainWindow
    from desktop_ft.gui.pages import hardware as hardware_page

    data = hardware.load(PROFILES / "gpu-24gb.json").to_dict()
    monkeypatch.setattr(hardware_page, "default_job",
                        lambda target, **_: lambda request, emit, stop:
                        {"available": True, "profile": data})
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_page("plan")
    page = window.plan_page
    if page.profile is None:  # detection still running: Go to Hardware is offered
        assert page.hardware_button.isVisible()
    qtbot.waitUntil(lambda: window.hardware_page.profile is not None, timeout=5000)
    qtbot.waitUntil(lambda: page.profile is not None, timeout=5000)
    assert page.table.rowCount() > 0
    assert page.profile.gpus[0].memory_bytes == data["gpus"][0]["memory_bytes"]
    page.hardware_button.click()
    assert window.current_page_key() == "hardware"
