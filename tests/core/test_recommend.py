"""Recommendation rules on the six example machines, and the cookbook matrix as data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_ft.core import catalog, hardware, matrix, recommend
from desktop_ft.core.errors import UserError

PROFILES = Path(__file__).parent / "profiles"
SEEDS = Path("/work/shared/seeds")


def plan_for(model: str, machine: str, goals: list[str] | None = None,
             scenario: str = "chat", **kwargs: Any) -> dict[str, Any]:
    return recommend.recommend(catalog.resolve(model), scenario, goals or [],
                               hardware.load(PROFILES / f"{machine}.json"), **kwargs)


def layout(plan: dict[str, Any]) -> tuple[str, str | None, str]:
    return plan["technique"], plan["distributed"], plan["verdict"]


def test_8gb_gpu_gets_qlora_and_is_told_why_not_lora() -> None:
    doc = plan_for("phi-3-mini-4k", "gpu-8gb")
    best = doc["plans"][0]
    assert layout(best) == ("qlora", None, "fits")
    assert best["estimate"]["peak_bytes"] < 8 * 2 ** 30
    lora = next(p for p in doc["plans"] if p["technique"] == "lora")
    assert lora["verdict"] == "does-not-fit"
    assert any(r.startswith("LoRA in bf16 needs") and "QLoRA 4-bit needs" in r
               for r in best["reasons"])
    assert doc["advice"] == []  # something fits


def test_24gb_gpu_prefers_lora_for_a_mini_model() -> None:
    doc = plan_for("phi-3-mini-4k", "gpu-24gb")
    assert layout(doc["plans"][0]) == ("lora", None, "fits")
    full = next(p for p in doc["plans"] if p["technique"] == "full")
    assert full["verdict"] == "does-not-fit"


def test_80gb_gpu_and_full_fine_tuning() -> None:
    # fp32 weights + gradients + Adam moments + the foreach step's temporary: 20 bytes/param.
    mini = plan_for("phi-3-mini-4k", "gpu-80gb", scenario="adapt")
    full = next(p for p in mini["plans"] if p["technique"] == "full")
    assert full["verdict"] == "tight" and full["estimate"]["peak_moment"] == "optimizer step"
    # A 1B model fits, and domain adaptation puts full fine-tuning right after LoRA.
    doc = plan_for("llama-3.2-1b", "gpu-80gb", scenario="adapt")
    assert [layout(p) for p in doc["plans"][:2]] == [("lora", None, "fits"),
                                                     ("full", None, "fits")]


def test_lower_memory_goal_puts_the_smallest_matrix_backed_plan_first() -> None:
    doc = plan_for("llama-3.1-8b", "gpu-80gb", ["lower-memory"])
    best = doc["plans"][0]
    assert best["technique"] == "qlora" and best["goals_met"] == ["lower-memory"]
    fitting = [p for p in doc["plans"] if p["verdict"] == "fits" and p["goals_met"]]
    peaks = [p["estimate"]["peak_bytes"] for p in fitting]
    assert peaks == sorted(peaks)
    # The matrix says LoRA does not reduce memory; the estimate's comparison is shown beside it.
    lora = next(p for p in doc["plans"] if p["technique"] == "lora")
    assert any("not marked for 'Reducing memory usage'" in r and "for full fine-tuning" in r
               for r in lora["reasons"])


def test_four_gpus_with_data_parallel_goal_shard_a_70b_model() -> None:
    doc = plan_for("llama-3.1-70b", "gpu-4x80gb", ["data-parallel"])
    best = doc["plans"][0]
    assert best["distributed"] == "zero3" and best["verdict"] == "fits"
    assert best["gpus"] == 4 and best["goals_met"] == ["data-parallel"]
    single = [p for p in doc["plans"] if p["gpus"] == 1 and p["technique"] == "lora"]
    assert single and single[0]["verdict"] == "does-not-fit"
    assert not best["trainable_here"]  # the multi-GPU launcher is not there yet


def test_four_gpus_without_goals_keep_one_gpu_first() -> None:
    doc = plan_for("phi-3-mini-4k", "gpu-4x80gb")
    assert layout(doc["plans"][0]) == ("lora", None, "fits")
    assert any(p["distributed"] == "zero3" for p in doc["plans"])


def test_cpu_only_gets_honest_times_and_no_qlora() -> None:
    doc = plan_for("qwen2.5-0.5b", "cpu-only", examples=500)
    assert doc["hardware"]["backend"] == "cpu"
    assert all(p["technique"] != "qlora" for p in doc["plans"])
    best = doc["plans"][0]
    assert best["verdict"] == "fits" and best["estimate"]["device"]["backend"] == "cpu"
    assert any(r.startswith("time: about") and "on this CPU" in r for r in best["reasons"])
    assert best["estimate"]["seconds_per_epoch"] > 60
    assert any("no GPU" in n for n in doc["notes"])


def test_apple_silicon_uses_mps_without_bitsandbytes() -> None:
    doc = plan_for("phi-3-mini-4k", "apple-silicon")
    assert doc["hardware"]["backend"] == "mps"
    assert all(p["technique"] != "qlora" for p in doc["plans"])
    assert doc["plans"][0]["verdict"] == "fits"


def test_nothing_fits_gives_advice() -> None:
    doc = plan_for("llama-3.1-70b", "gpu-8gb")
    assert all(p["verdict"] == "does-not-fit" for p in doc["plans"])
    advice = " | ".join(doc["advice"])
    assert "a smaller model:" in advice and "hosted fine-tuning" in advice
    peaks = [p["estimate"]["peak_bytes"] for p in doc["plans"]]
    assert peaks == sorted(peaks)  # closest to fitting first


def test_hosted_advice_names_the_cookbook_service_for_phi() -> None:
    doc = plan_for("phi-3-medium-4k", "gpu-8gb", seq=4096)
    assert any("model-as-a-service" in a for a in doc["advice"])


def test_unknown_scenario_and_goal_suggest_names() -> None:
    with pytest.raises(UserError, match="did you mean 'chat'"):
        plan_for("demo", "cpu-only", scenario="chatt")
    with pytest.raises(UserError, match="did you mean 'lower-memory'"):
        plan_for("demo", "cpu-only", ["lower-memroy"])
    assert matrix.resolve_goal("memory") == "lower-memory"  # the short aliases


def test_json_shape() -> None:
    doc = plan_for("demo", "cpu-only", ["fewer-parameters"])
    assert {"model", "scenario", "goals", "hardware", "plans", "advice", "matrix"} <= set(doc)
    for plan in doc["plans"]:
        assert {"technique", "distributed", "offload", "estimate", "reasons"} <= set(plan)
        assert plan["estimate"]["verdict"] == plan["verdict"]
        assert isinstance(plan["estimate"]["peak_bytes"], int)


# the matrix ---------------------------------------------------------------------------------

def test_scenario_rows_all_say_yes_and_goal_rows_differ() -> None:
    for row in matrix.ROWS:
        if row.kind == "scenario":
            assert all(row.cells)
    goal_cells = {row.cells for row in matrix.ROWS if row.kind == "goal"}
    assert len(goal_cells) == len(matrix.GOALS)
    assert matrix.row("lower-memory").supports("qlora")
    assert not matrix.row("lower-memory").supports("lora")
    assert matrix.row("data-parallel").supports("zero")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the cookbook seeds are not in this checkout")
@pytest.mark.parametrize("language", ["cs", "el", "sr", "sv", "tl"])
def test_matrix_matches_the_cookbook_translations(language: str) -> None:
    """Cells and row labels as the cookbook's translated tables have them."""
    text = (SEEDS / f"FineTuning_Scenarios.{language}.md").read_text(encoding="utf-8")
    rows = [line.strip("|").split("|") for line in text.splitlines()
            if line.startswith("|") and line.count("|") == 8]
    rows = [r for r in rows if r[0].strip() and not set(r[0]) <= {"-", " "}][1:]  # data rows
    assert len(rows) == len(matrix.ROWS)
    yes = rows[0][1].strip()
    for row, cells in zip(matrix.ROWS, rows, strict=True):
        assert row.labels[language] == cells[0].strip()
        assert tuple(c.strip() == yes for c in cells[1:]) == row.cells, row.key


def test_table_for_a_face() -> None:
    table = matrix.table("sv")
    assert table["techniques"] == ["LoRA", "QLoRA", "PEFT", "DeepSpeed", "ZeRO", "DORA"]
    assert table["rows"][0]["label"].startswith("Anpassa")
    assert matrix.table("xx")["rows"][0]["label"].startswith("Adapting")
