"""Every scenario of the matrix end to end on the demo model: preset, sample data, training,
the scenario's metric for base and fine-tuned, RUN/eval.json, and `desktop-ft eval`."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_ft import jobs
from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core import presets
from desktop_ft.core.requests import EvalRequest, TrainRequest
from desktop_ft.evaluate import EVAL_FILE

REPO = Path(__file__).resolve().parent.parent
# Few steps keep the suite fast; these still move every metric (bench_scenarios.py runs the
# presets' full step counts).
TEST_STEPS = {"domain": 20, "classification": 40, "ner": 40, "translation": 40, "qa": 80,
              "chat": 30, "creative": 20}
MUST_BEAT_BASE = ("classification", "qa", "chat")


def scenario_config(scenario: str) -> cfg.RunConfig:
    """The preset for the demo model, with the test's step count, threads and no merge."""
    config = presets.config_for(scenario, model="demo")
    config.train.max_steps = TEST_STEPS[scenario]
    config.train.threads = 1
    config.merge = False
    return cfg.validate(config)


@pytest.fixture(scope="module")
def trained(demo_model_dir: Path,
            tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], dict[str, Any]]:
    """Runs by scenario, trained on first use and shared by the tests of this module."""
    root = tmp_path_factory.mktemp("scenario-runs")
    done: dict[str, Any] = {}

    def get(scenario: str) -> dict[str, Any]:
        if scenario not in done:
            seen: list[ev.Event] = []
            config = scenario_config(scenario)
            result = jobs.train(TrainRequest(config=config, runs_root=root), seen.append,
                                threading.Event())
            done[scenario] = {"result": result, "events": seen}
        return done[scenario]

    return get


def test_every_preset_has_its_sample_example_and_matrix_row() -> None:
    from desktop_ft.core import matrix

    assert set(presets.SCENARIOS) | {"auto"} == set(cfg.SCENARIOS)
    for scenario, preset in presets.PRESETS.items():
        assert (REPO / "resources" / "samples" / preset.sample).is_file()
        example = cfg.load(REPO / "resources" / "examples" / f"{scenario}.yaml")
        assert (example.scenario, example.head, example.data.format) == (
            scenario, preset.head, preset.data_format)
        assert Path(example.data.path).name == preset.sample and Path(example.data.path).exists()
        assert preset.matrix_row in matrix.SCENARIOS
        assert preset.primary in preset.metrics


@pytest.mark.slow
@pytest.mark.parametrize("scenario", presets.SCENARIOS)
def test_a_scenario_trains_and_writes_its_metric(scenario: str, trained: Any) -> None:
    run = trained(scenario)
    result = run["result"]
    assert result["status"] == "finished"
    assert result["loss_last"] < result["loss_first"]
    doc = json.loads((Path(result["run_dir"]) / EVAL_FILE).read_text(encoding="utf-8"))
    preset = presets.get(scenario)
    assert doc["scenario"] == scenario and doc["split"] == "validation" and doc["rows"] > 0
    assert doc["primary"] == preset.primary and doc["metrics"][0] == preset.primary
    for name in preset.metrics:
        assert isinstance(doc["base"][name], float) and isinstance(doc["tuned"][name], float)
    assert doc["base"] != doc["tuned"]  # the fine-tuned model is a different model
    assert doc["samples"] and set(doc["samples"][0]) == {"prompt", "reference", "base", "tuned"}
    assert result["eval"]["eval_path"].endswith(EVAL_FILE)
    progress = [e for e in run["events"] if isinstance(e, ev.Progress) and e.phase == "eval"]
    assert progress and progress[-1].step == progress[-1].total_steps
    if scenario in MUST_BEAT_BASE:
        better = (doc["tuned"][doc["primary"]] > doc["base"][doc["primary"]]
                  if doc["higher_is_better"]
                  else doc["tuned"][doc["primary"]] < doc["base"][doc["primary"]])
        assert better, (doc["primary"], doc["base"], doc["tuned"])


@pytest.mark.slow
def test_eval_stops_between_batches_and_writes_nothing(trained: Any) -> None:
    run_dir = Path(trained("classification")["result"]["run_dir"])
    (run_dir / EVAL_FILE).unlink()
    stop = threading.Event()

    def stop_after_first_batch(event: ev.Event) -> None:
        if isinstance(event, ev.Progress) and event.phase == "eval":
            stop.set()

    result = jobs.evaluate(EvalRequest(run=run_dir), stop_after_first_batch, stop)
    assert result["status"] == "stopped"
    assert not (run_dir / EVAL_FILE).exists()


@pytest.mark.slow
def test_cli_eval_prints_json_and_refuses_a_non_run(trained: Any, tmp_path: Path,
                                                   desktop_ft_home: Path) -> None:
    run_dir = trained("qa")["result"]["run_dir"]
    done = subprocess.run([sys.executable, "-m", "desktop_ft", "eval", run_dir, "--json",
                           "--max-generate", "4", "--samples", "2"],
                          capture_output=True, text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["scenario"] == "qa" and doc["generated_rows"] == 4 and len(doc["samples"]) == 2
    assert json.loads(Path(doc["eval_path"]).read_text(encoding="utf-8"))["rows"] == doc["rows"]
    bad = subprocess.run([sys.executable, "-m", "desktop_ft", "eval", str(tmp_path)],
                         capture_output=True, text=True, timeout=120, cwd=REPO)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("desktop-ft: error:")
