"""One answer from an ONNX folder, a Hugging Face model folder or a run: the chat playground.

The prompt is rendered as one user message with the model's own chat template and the
generation prompt, decoded greedily, and ends at the model's EOS ids, the same way parity does,
so what the user hears here is what the edge app will say. A run answers with its newest export
that runs here, else its merged model, else base + adapter (no merge needed to listen).
`on_text(delta)` streams the answer as it grows, for the GUI's chat panel.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import ChatRequest
from desktop_ft.core.runs import RunFolder
from desktop_ft.export import merge, sources

OnText = Callable[[str], None]


def _messages(prompt: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": prompt}]


def newest_export(run: RunFolder) -> Path | None:
    """The run's most recent complete ONNX export that can run on this machine."""
    root = run.path / "export"
    if not root.is_dir():
        return None
    found = [child for child in root.iterdir()
             if (child / "genai_config.json").is_file() and not child.name.startswith(".")]
    found.sort(key=lambda p: (p / "genai_config.json").stat().st_mtime, reverse=True)
    for folder in found:
        if sources.onnx_runs_here(folder):
            return folder
    return None


def answer_onnx(folder: Path, prompt: str, max_new_tokens: int, stop: threading.Event,
                on_text: OnText | None = None, emit: ev.Emit | None = None) -> dict[str, Any]:
    import onnxruntime_genai as og

    genai = sources.check_onnx_folder(folder)
    started = time.perf_counter()
    config = og.Config(str(folder))
    if not sources.onnx_runs_here(folder):
        config.clear_providers()
        if emit:
            emit(ev.Log(message="this export targets a GPU that is not here; running on the CPU"))
    try:
        model = og.Model(config)
        tokenizer = og.Tokenizer(model)
    except RuntimeError as exc:  # a damaged or incomplete folder: ORT says which file
        raise UserError(f"ONNX Runtime cannot load this export: {str(exc).strip()[:300]}",
                        where=str(folder), hint="export the model again",
                        key="export.onnx_damaged") from None
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    template = sources.chat_template(folder)
    if template:
        try:
            text = tokenizer.apply_chat_template(json.dumps(_messages(prompt)),
                                                 add_generation_prompt=True)
        except Exception:  # ORT GenAI's Jinja subset: fall back to transformers' renderer
            from transformers import AutoTokenizer

            text = AutoTokenizer.from_pretrained(folder).apply_chat_template(
                _messages(prompt), tokenize=False, add_generation_prompt=True)
    else:
        text = prompt
    ids = [int(t) for t in tokenizer.encode(text)]
    eos = [int(i) for i in _as_list(genai.get("model", {}).get("eos_token_id"))]
    context = int(genai.get("model", {}).get("context_length", len(ids) + max_new_tokens))
    if len(ids) >= context:
        raise UserError(f"the prompt is {len(ids)} tokens; the model takes {context}",
                        hint="shorten the prompt", key="chat.prompt_too_long")
    params = og.GeneratorParams(model)
    params.set_search_options(max_length=min(context, len(ids) + max_new_tokens),
                              do_sample=False)
    generator = og.Generator(model, params)
    generator.append_tokens(ids)
    stream = tokenizer.create_stream()
    tokens: list[int] = []
    pieces: list[str] = []
    first = None
    while not generator.is_done() and len(tokens) < max_new_tokens and not stop.is_set():
        generator.generate_next_token()
        token = int(generator.get_next_tokens()[0])
        tokens.append(token)
        first = first if first is not None else time.perf_counter() - started
        if token in eos:
            break
        piece = stream.decode(token)
        pieces.append(piece)
        if on_text and piece:
            on_text(piece)
    seconds = time.perf_counter() - started
    # the stream's text, not tokenizer.decode(): ORT GenAI's decode cuts the text short at the
    # first invalid UTF-8 byte sequence, which a byte-level model can emit mid-answer
    return {"answer": "".join(pieces).strip(),
            "source_kind": "onnx", "model_dir": str(folder), "prompt": prompt,
            "rendered_prompt": text, "tokens": len(tokens), "token_ids": tokens,
            "stopped_at_eos": bool(tokens) and tokens[-1] in eos, "stopped": stop.is_set(),
            "seconds": round(seconds, 4), "load_seconds": round(load_seconds, 4),
            "ttft_seconds": round(first or seconds, 4),
            "tokens_per_s": round(len(tokens) / seconds, 2) if seconds > 0 else None}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


class _Streamer:
    """transformers' streamer protocol: put(tokens) / end(); sends text deltas to on_text."""

    def __init__(self, tokenizer: Any, prompt_len: int, on_text: OnText | None,
                 eos: list[int]) -> None:
        self.tokenizer, self.on_text, self.eos = tokenizer, on_text, eos
        self.skip_prompt = True
        self.tokens: list[int] = []
        self.sent = ""

    def put(self, value: Any) -> None:
        if self.skip_prompt:  # the first call carries the prompt
            self.skip_prompt = False
            return
        self.tokens.extend(int(t) for t in value.reshape(-1).tolist() if int(t) not in self.eos)
        text = self.tokenizer.decode(self.tokens, skip_special_tokens=True)
        if self.on_text and len(text) > len(self.sent) and not text.endswith("\ufffd"):
            self.on_text(text[len(self.sent):])
            self.sent = text

    def end(self) -> None:
        pass


def answer_torch(model_dir: Path, prompt: str, max_new_tokens: int, stop: threading.Event,
                 on_text: OnText | None = None, adapter_dir: Path | None = None
                 ) -> dict[str, Any]:
    """Greedy answer from a PyTorch model folder (optionally with a PEFT adapter on top)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, StoppingCriteria
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    started = time.perf_counter()
    tokenizer_dir = adapter_dir if adapter_dir is not None and any(
        (adapter_dir / n).is_file() for n in sources.TOKENIZER_FILES) else model_dir
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    if adapter_dir is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(adapter_dir))
    model.eval()
    if getattr(tokenizer, "chat_template", None):
        text = tokenizer.apply_chat_template(_messages(prompt), tokenize=False,
                                             add_generation_prompt=True)
    else:
        text = prompt
    ids = tokenizer(text, add_special_tokens=False, return_tensors="pt")["input_ids"]
    eos = sources.eos_token_ids(model_dir)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else (eos or [0])[0]

    class _Stop(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            return torch.full((input_ids.shape[0],), stop.is_set(), dtype=torch.bool)

    streamer = _Streamer(tokenizer, ids.shape[1], on_text, eos)
    with torch.inference_mode():
        out = model.generate(ids, attention_mask=torch.ones_like(ids),
                             max_new_tokens=max_new_tokens, do_sample=False, num_beams=1,
                             eos_token_id=eos or None, pad_token_id=pad, streamer=streamer,
                             stopping_criteria=[_Stop()], temperature=None, top_p=None,
                             top_k=None)
    seconds = time.perf_counter() - started
    tokens = [int(t) for t in out[0, ids.shape[1]:]]
    content = [t for t in tokens if t not in eos]
    return {"answer": tokenizer.decode(content, skip_special_tokens=True).strip(),
            "source_kind": "pytorch", "model_dir": str(model_dir),
            "adapter_dir": str(adapter_dir) if adapter_dir else None, "prompt": prompt,
            "rendered_prompt": text, "tokens": len(tokens), "token_ids": tokens,
            "stopped_at_eos": bool(tokens) and tokens[-1] in eos, "stopped": stop.is_set(),
            "seconds": round(seconds, 4),
            "tokens_per_s": round(len(tokens) / seconds, 2) if seconds > 0 else None}


def answer(request: ChatRequest, emit: ev.Emit, stop: threading.Event,
           on_text: OnText | None = None) -> dict[str, Any]:
    """Answer `request.prompt` from `request.source` (ONNX folder, model folder or run)."""
    if not request.prompt or not request.prompt.strip():
        raise UserError("the prompt is empty", hint="type a question", key="chat.empty_prompt")
    if request.max_new_tokens < 1:
        raise UserError("max_new_tokens must be at least 1", key="chat.bad_max_new_tokens")
    source = Path(request.source).expanduser()
    kind = sources.classify(source)
    prompt, limit = request.prompt.strip(), request.max_new_tokens
    if kind == sources.ONNX:
        return answer_onnx(source, prompt, limit, stop, on_text, emit)
    if kind == sources.MODEL:
        sources.check_model_folder(source)
        return answer_torch(source, prompt, limit, stop, on_text)
    run = RunFolder.open(source)
    exported = newest_export(run)
    if exported is not None:
        emit(ev.Log(message=f"answering with the export {exported.name}"))
        return answer_onnx(exported, prompt, limit, stop, on_text, emit)
    full = merge.run_model_dir(run)
    if full is not None:
        emit(ev.Log(message=f"answering with the PyTorch model {full}"))
        return answer_torch(full, prompt, limit, stop, on_text)
    if (run.adapter_dir / "adapter_config.json").is_file():
        base = merge.base_model_dir(run)
        sources.check_model_folder(base)
        emit(ev.Log(message=f"answering with base {base} + adapter"))
        return answer_torch(base, prompt, limit, stop, on_text, adapter_dir=run.adapter_dir)
    raise UserError("the run has no model to answer with yet (no export, merged model or "
                    "adapter)", where=str(run.path),
                    hint=f"finish the training first: desktop-ft train --resume {run.path}",
                    key="chat.nothing_to_answer")
