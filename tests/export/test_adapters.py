"""Adapter-only export: the base ONNX once, LoRA adapters as .onnx_adapter files switched at
run time with ONNX Runtime GenAI, each checked against PyTorch with the PEFT adapter applied."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from export_helpers import make_run

from desktop_ft.core.errors import UserError
from desktop_ft.export.adapters import export_adapters


@pytest.fixture(scope="module")
def two_adapters(tmp_path_factory: pytest.TempPathFactory, demo_model: Path) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("adapters")
    return {"plants": make_run(root, demo_model, "plants", seed=1) / "adapter",
            "cooking": make_run(root, demo_model, "cooking", seed=2) / "adapter"}


def _logits(model, adapters, name: str, ids: list[int]):
    import onnxruntime_genai as og

    params = og.GeneratorParams(model)
    params.set_search_options(max_length=len(ids) + 2)
    generator = og.Generator(model, params)
    generator.set_active_adapter(adapters, name)
    generator.append_tokens(ids)
    return generator.get_logits().reshape(-1)


@pytest.mark.slow
@pytest.mark.parametrize("precision", ["fp32", "int4"])
def test_adapters_switch_at_run_time(precision: str, demo_model: Path, two_adapters: dict,
                                     tmp_path: Path) -> None:
    import numpy as np
    import onnx
    import onnxruntime_genai as og

    out = tmp_path / f"multi-{precision}"
    result = export_adapters(demo_model, two_adapters, out, precision=precision,
                             emit=lambda e: None, stop=threading.Event(), max_new_tokens=8)
    assert result["status"] == "finished"
    assert set(result["adapters"]) == {"plants", "cooking", "none"}
    expected = "match" if precision == "fp32" else "pass"
    assert result["parity_verdicts"] == {"plants": expected, "cooking": expected,
                                         "none": expected}, result["parity"]
    manifest = json.loads((out / "adapters.json").read_text())
    assert manifest["adapters"]["none"]["file"] == "adapters/none.onnx_adapter"
    graph = onnx.load(str(out / "model.onnx"), load_external_data=False)
    lora_inputs = [i.name for i in graph.graph.input if ".lora_" in i.name]
    assert len(lora_inputs) == manifest["lora_inputs"] == 4 * 7 * 2  # layers x modules x A/B
    ops = {n.op_type for n in graph.graph.node}
    assert ("MatMulNBits" in ops) == (precision == "int4")

    model = og.Model(str(out))
    adapters = og.Adapters(model)
    for name, path in result["adapters"].items():
        adapters.load(path, name)
    ids = [2, 203, 264, 80, 499, 423, 4, 203, 3, 203]
    plants, cooking, none = (_logits(model, adapters, n, ids) for n in
                             ("plants", "cooking", "none"))
    assert np.abs(plants - cooking).max() > 0.1  # switching changes the model
    assert np.abs(plants - none).max() > 0.1
    if precision == "fp32":
        assert result["parity"]["plants"]["max_abs_logit_diff"] < 1e-4
        assert result["parity"]["none"]["greedy_exact_match"] == 1.0


def test_adapter_export_checks(demo_model: Path, tmp_path: Path) -> None:
    with pytest.raises(UserError) as not_adapter:
        export_adapters(demo_model, {"x": demo_model}, tmp_path / "out")
    assert not_adapter.value.key == "export.not_an_adapter"
    with pytest.raises(UserError) as reserved:
        export_adapters(demo_model, {"none": demo_model}, tmp_path / "out")
    assert reserved.value.key == "export.bad_adapter_name"
    with pytest.raises(UserError) as empty:
        export_adapters(demo_model, {}, tmp_path / "out")
    assert empty.value.key == "export.no_adapters"
