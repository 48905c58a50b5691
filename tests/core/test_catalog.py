"""The catalog: shapes that reproduce published parameter counts; --model resolution."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_ft.core import catalog
from desktop_ft.core.errors import UserError


@pytest.mark.parametrize("name", [n for n in catalog.names() if n != "demo"])
def test_shapes_reproduce_published_parameter_counts(name: str) -> None:
    """A wrong layer count or width shows up as a wrong total: within 1% of the model card."""
    spec = catalog.CATALOG[name]
    assert spec.published_params > 0 and spec.hub_id and spec.license
    assert spec.params == pytest.approx(spec.published_params, rel=0.01)


def test_catalog_covers_the_issue_families() -> None:
    families = {s.family for s in catalog.CATALOG.values()}
    assert {"phi-3", "phi-3.5", "phi-4", "llama-3", "qwen2.5", "mistral", "gemma-2"} <= families
    names = catalog.names()
    assert names.index("phi-3-mini-4k") < names.index("llama-3.1-8b")  # Phi first


def test_demo_entry_matches_the_bundled_demo_model() -> None:
    from desktop_ft.training import demo_model

    demo = catalog.CATALOG["demo"]
    shape = demo_model.MODEL_SHAPE
    assert (demo.hidden, demo.intermediate, demo.layers, demo.heads, demo.kv_heads,
            demo.max_context) == (shape["hidden_size"], shape["intermediate_size"],
                                  shape["num_hidden_layers"], shape["num_attention_heads"],
                                  shape["num_key_value_heads"],
                                  shape["max_position_embeddings"])
    assert demo.vocab == demo_model.VOCAB_SIZE and not demo.tied_embeddings
    assert demo.model_type == "phi3" and demo.fused_qkv


def test_phi3_modules_are_fused_like_transformers() -> None:
    names = [m[0] for m in catalog.CATALOG["phi-3-mini-4k"].linear_modules()]
    assert names == ["qkv_proj", "o_proj", "gate_up_proj", "down_proj"]
    names = [m[0] for m in catalog.CATALOG["llama-3.1-8b"].linear_modules()]
    assert names == ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


def test_names_and_hub_ids_resolve_offline() -> None:
    assert catalog.resolve("Phi-3-Mini-4K").name == "phi-3-mini-4k"
    assert catalog.resolve("microsoft/Phi-3-mini-4k-instruct").name == "phi-3-mini-4k"
    assert catalog.resolve(" demo ").name == "demo"


def test_a_local_folder_is_read_from_its_config(tmp_path: Path) -> None:
    """A real transformers config, written as a model folder holds it."""
    from transformers import Qwen2Config

    config = Qwen2Config(hidden_size=896, intermediate_size=4864, num_hidden_layers=24,
                         num_attention_heads=14, num_key_value_heads=2, vocab_size=151936,
                         tie_word_embeddings=True, max_position_embeddings=32768)
    (tmp_path / "config.json").write_text(config.to_json_string())
    spec = catalog.resolve(str(tmp_path))
    assert spec.source == "folder" and spec.model_type == "qwen2"
    assert spec.params == pytest.approx(catalog.CATALOG["qwen2.5-0.5b"].params, rel=1e-6)
    assert spec.kv_heads == 2 and spec.tied_embeddings and spec.qkv_bias


def test_a_phi3_folder_is_fused(tmp_path: Path) -> None:
    from transformers import Phi3Config

    (tmp_path / "config.json").write_text(Phi3Config().to_json_string())
    spec = catalog.resolve(str(tmp_path / "config.json"))
    assert spec.fused_qkv and spec.params == pytest.approx(3.82e9, rel=0.01)


def test_folder_without_config_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"no config\.json"):
        catalog.resolve(str(tmp_path))


def test_a_config_without_shapes_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "mystery"}))
    with pytest.raises(UserError, match="lacks the numbers"):
        catalog.resolve(str(tmp_path))


def test_unknown_name_suggests_the_closest() -> None:
    with pytest.raises(UserError) as info:
        catalog.resolve("phi-3-mini")
    assert "did you mean 'phi-3-mini-4k'" in str(info.value)


def test_hub_id_offline_is_a_clear_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(UserError) as info:
        catalog.resolve("someone/some-model")
    assert "cannot fetch the config of 'someone/some-model'" in str(info.value)
    assert info.value.key == "catalog.offline"


def test_smaller_relatives_prefers_the_same_family() -> None:
    smaller = catalog.smaller_relatives(catalog.CATALOG["phi-3-medium-4k"])
    assert smaller[0].family == "phi-3"
    assert all(s.params < catalog.CATALOG["phi-3-medium-4k"].params for s in smaller)
