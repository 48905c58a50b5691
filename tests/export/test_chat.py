"""The chat playground answers from ONNX folders, model folders and runs, with the same template."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from export_helpers import Events, make_run

from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import ChatRequest
from desktop_ft.export.chat import answer

PROMPT = "How often should I water a fern?"


def _ask(source: Path, prompt: str = PROMPT, tokens: int = 16, **kwargs) -> dict:
    return answer(ChatRequest(source, prompt, tokens), kwargs.pop("emit", lambda e: None),
                  kwargs.pop("stop", threading.Event()), **kwargs)


@pytest.mark.slow
def test_onnx_and_pytorch_answer_alike(fp32_export: dict, demo_model: Path) -> None:
    streamed: list[str] = []
    onnx = _ask(Path(fp32_export["export_dir"]), on_text=streamed.append)
    torch = _ask(demo_model)
    assert onnx["source_kind"] == "onnx" and torch["source_kind"] == "pytorch"
    assert onnx["rendered_prompt"] == torch["rendered_prompt"] == \
        f"<|user|>\n{PROMPT}<|end|>\n<|assistant|>\n"
    # the same tokens (random weights may pick byte pieces whose text the two decoders render
    # differently, so compare ids)
    assert onnx["token_ids"] == torch["token_ids"]
    assert onnx["tokens"] == torch["tokens"] == 16
    assert "".join(streamed).strip() == onnx["answer"] and onnx["answer"]
    assert onnx["seconds"] > 0 and onnx["tokens_per_s"] > 0


@pytest.mark.slow
def test_generation_stops_at_eos(fp32_export: dict, tmp_path: Path) -> None:
    """Make <|end|> the ONNX model's only choice after the prompt: generation must stop there."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    folder = tmp_path / "eos-model"
    shutil.copytree(fp32_export["export_dir"], folder)
    model = onnx.load(str(folder / "model.onnx"))  # external data loaded alongside
    head = next(t for t in model.graph.initializer if "lm_head" in t.name)
    weights = numpy_helper.to_array(head).copy()  # [hidden, vocab]
    weights[:, :] = 0.0
    weights[:, 4] = 1.0  # only <|end|> gets a non-zero score
    head.CopyFrom(numpy_helper.from_array(weights.astype(np.float32), head.name))
    (folder / "model.onnx.data").unlink()
    onnx.save(model, str(folder / "model.onnx"), save_as_external_data=True,
              location="model.onnx.data")
    result = _ask(folder, tokens=32)
    # logits = h . w[:, 4] for token 4 and 0 elsewhere: token 4 wins whenever sum(h) > 0, else
    # a tie at 0 picks the lowest id, 0 (<|endoftext|>): both are EOS ids, so one token, stop.
    assert result["tokens"] == 1
    assert result["stopped_at_eos"] is True
    assert result["answer"] == ""


@pytest.mark.slow
def test_run_answers_with_newest_export_else_adapter(demo_model: Path, tmp_path: Path,
                                                    fp32_export: dict) -> None:
    run = make_run(tmp_path, demo_model)
    events = Events()
    from_adapter = _ask(run, emit=events, tokens=8)
    assert from_adapter["source_kind"] == "pytorch"
    assert from_adapter["adapter_dir"] == str(run / "adapter")
    base_only = _ask(demo_model, tokens=8)
    assert from_adapter["answer"] != base_only["answer"]  # the adapter is applied

    shutil.copytree(fp32_export["export_dir"], run / "export" / "cpu-fp32")
    from_export = _ask(run, emit=events, tokens=8)
    assert from_export["source_kind"] == "onnx"
    assert from_export["model_dir"] == str(run / "export" / "cpu-fp32")
    assert any("answering with the export" in m for m in events.messages())


def test_run_without_model_says_what_to_do(tmp_path: Path) -> None:
    from desktop_ft.core import config as cfg

    run = tmp_path / "run"
    run.mkdir()
    (run / "config.yaml").write_text(cfg.dump(cfg.RunConfig()))
    with pytest.raises(UserError) as excinfo:
        _ask(run)
    assert excinfo.value.key == "chat.nothing_to_answer"
    assert "--resume" in excinfo.value.hint
