"""The evaluation job: a run's scenario metric for the base and the fine-tuned model, side by side.

`run_evaluation(request, emit, stop)` rebuilds the run's held-out rows (heldout.py), scores the
base model, then puts the run's adapter on that same model and scores it again, and writes
RUN/eval.json atomically (schema in desktop_ft/evaluate/__init__.py). The "base" of a run with a
classification head is the base model with the head as initialised when training started (same
seed): what the run began from. Progress comes once per batch (phase "eval"); stop is honoured
between batches and leaves no eval.json behind.
"""

from __future__ import annotations

import math
import threading
import time
from pathlib import Path
from typing import Any

from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core import presets
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import EvalRequest
from desktop_ft.core.runs import RunFolder, atomic_write_json
from desktop_ft.data.formats import NO_ENTITIES, entities
from desktop_ft.evaluate import EVAL_FILE, metrics
from desktop_ft.evaluate.generate import (
    Stopped,
    batches,
    chat_prompt,
    greedy,
    head_outputs,
    lm_loss,
)
from desktop_ft.evaluate.heldout import HeldOut, held_out

TEXT_PROMPT_TOKENS = 16  # a domain sample continues the first tokens of a held-out block
LM_BATCH, HEAD_BATCH = 8, 16
# Evaluated at the end of training when the model is this small (CPU) or a GPU is there.
CHEAP_PARAMETERS_CPU, CHEAP_PARAMETERS_GPU = 100_000_000, 10_000_000_000
GENERATED = ("classification", "ner", "translation", "qa", "creative")  # metrics need text


class _Progress:
    def __init__(self, emit: ev.Emit, total: int) -> None:
        self.emit, self.total, self.step = emit, max(total, 1), 0

    def __call__(self) -> None:
        self.step += 1
        self.emit(ev.Progress(step=min(self.step, self.total), total_steps=self.total,
                              phase="eval"))


def _normalize_label(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first.strip().strip(".").strip().lower()


def _parse_entities(text: str) -> list[tuple[str, str]]:
    """'Anna (PER); monstera (PLANT)' -> [('Anna', 'PER'), ('monstera', 'PLANT')]."""
    found = []
    for piece in text.split(";"):
        piece = piece.strip()
        if piece.endswith(")") and "(" in piece:
            name, kind = piece[:-1].rsplit("(", 1)
            found.append((name.strip(), kind.strip()))
    return found


def _format_entities(pairs: list[tuple[str, str]]) -> str:
    return "; ".join(f"{text} ({kind})" for text, kind in pairs) or NO_ENTITIES


class LMScorer:
    """Scores a causal LM: loss on the held-out rows, then the scenario's generated metric."""

    def __init__(self, scenario: str, held: HeldOut, tokenizer: Any, eos_ids: list[int],
                 max_new_tokens: int, max_generate: int, samples: int) -> None:
        self.scenario, self.held, self.tokenizer = scenario, held, tokenizer
        self.eos_ids, self.max_new_tokens = eos_ids, max_new_tokens
        count = max_generate if scenario in GENERATED else samples
        self.generated = held.rows[:max(0, min(count, len(held.rows)))]
        self.samples = samples
        self.prompts, self.references = self._prompts()

    def _prompts(self) -> tuple[list[list[int]], list[str]]:
        prompts, references = [], []
        for row in self.generated:
            if self.held.fmt == "text":
                prompts.append(row.input_ids[:TEXT_PROMPT_TOKENS])
                references.append(self.tokenizer.decode(
                    row.input_ids[TEXT_PROMPT_TOKENS: TEXT_PROMPT_TOKENS + self.max_new_tokens],
                    skip_special_tokens=True).strip())
                continue
            messages = self.held.example(row).messages or []
            text = chat_prompt(self.tokenizer, messages)
            prompts.append(self.tokenizer(text, add_special_tokens=False)["input_ids"])
            last = max(i for i, m in enumerate(messages) if m["role"] == "assistant")
            references.append(messages[last]["content"])
        return prompts, references

    def steps(self) -> int:
        return len(batches(self.held.rows, LM_BATCH)) + len(batches(self.prompts, LM_BATCH))

    def score(self, model: Any, stop: threading.Event, tick: Any) -> tuple[dict, list[str]]:
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        loss = lm_loss(model, self.held.rows, pad, stop, tick, LM_BATCH)
        scores: dict[str, float] = {"eval_loss": loss, "perplexity": metrics.perplexity(loss)}
        outputs = greedy(model, self.tokenizer, self.prompts, self.max_new_tokens, self.eos_ids,
                         stop, tick, LM_BATCH) if self.prompts else []
        scores.update(self._task_scores(outputs))
        return scores, outputs

    def _task_scores(self, outputs: list[str]) -> dict[str, float]:
        refs = self.references
        examples = [self.held.example(row) for row in self.generated]
        if self.scenario == "classification":
            predicted = [_normalize_label(o) for o in outputs]
            gold = [_normalize_label(r) for r in refs]
            labels = [label.lower() for label in self.held.labels]
            return {"accuracy": metrics.accuracy(predicted, gold),
                    "macro_f1": metrics.macro_f1(predicted, gold, labels)}
        if self.scenario == "ner":
            gold_sets = [entities(e.task["tokens"], e.task["tags"]) if e.task else
                         _parse_entities(r) for e, r in zip(examples, refs, strict=True)]
            return metrics.entity_set_scores([_parse_entities(o) for o in outputs], gold_sets)
        if self.scenario == "translation":
            return {"bleu": metrics.bleu(outputs, refs), "chrf": metrics.chrf(outputs, refs)}
        if self.scenario == "qa":
            answers = [e.task["answers"] if e.task else [r]
                       for e, r in zip(examples, refs, strict=True)]
            count = max(len(outputs), 1)
            return {"exact_match": sum(metrics.exact_match(o, a)
                                       for o, a in zip(outputs, answers, strict=True)) / count,
                    "token_f1": sum(metrics.token_f1(o, a)
                                    for o, a in zip(outputs, answers, strict=True)) / count}
        if self.scenario == "creative":
            return {"distinct_1": metrics.distinct_n(outputs, 1),
                    "distinct_2": metrics.distinct_n(outputs, 2)}
        return {}

    def sample_rows(self, base: list[str], tuned: list[str]) -> list[dict[str, str]]:
        rows = []
        for index in range(min(self.samples, len(self.generated))):
            if self.held.fmt == "text":
                prompt = self.tokenizer.decode(self.prompts[index], skip_special_tokens=True)
            else:
                messages = self.held.example(self.generated[index]).messages or []
                last = max(i for i, m in enumerate(messages) if m["role"] == "assistant")
                prompt = messages[last - 1]["content"] if last else ""
            rows.append({"prompt": prompt, "reference": self.references[index],
                         "base": base[index], "tuned": tuned[index]})
        return rows


class HeadScorer:
    """Scores a classification-head model: class predictions and loss on the held-out rows."""

    def __init__(self, head: str, held: HeldOut, pad_id: int, samples: int) -> None:
        self.head, self.held, self.pad_id, self.samples = head, held, pad_id, samples

    def steps(self) -> int:
        return len(batches(self.held.rows, HEAD_BATCH))

    def score(self, model: Any, stop: threading.Event, tick: Any) -> tuple[dict, list[str]]:
        predicted, loss = head_outputs(model, self.held.rows, self.pad_id, self.head, stop,
                                       tick, HEAD_BATCH)
        names = self.held.labels
        examples = [self.held.example(row) for row in self.held.rows]
        if self.head == "sequence":
            guesses = [names[i] for i in predicted]
            gold = [e.task["label"] for e in examples if e.task]
            scores = {"accuracy": metrics.accuracy(guesses, gold),
                      "macro_f1": metrics.macro_f1(guesses, gold, names)}
            shown = guesses
        else:
            tags = [[names[i] for i in row] for row in predicted]
            gold_tags = [e.task["tags"] for e in examples if e.task]
            tags = [t + ["O"] * (len(g) - len(t)) for t, g in zip(tags, gold_tags, strict=True)]
            scores = metrics.entity_scores(tags, gold_tags)
            shown = [_format_entities(entities(e.task["tokens"], t))
                     for e, t in zip(examples, tags, strict=True) if e.task]
        scores["eval_loss"] = loss
        return scores, shown

    def sample_rows(self, base: list[str], tuned: list[str]) -> list[dict[str, str]]:
        rows = []
        for index, row in enumerate(self.held.rows[: self.samples]):
            task = self.held.example(row).task or {}
            if self.head == "sequence":
                prompt, reference = task["text"], task["label"]
            else:
                prompt = " ".join(task["tokens"])
                reference = _format_entities(entities(task["tokens"], task["tags"]))
            rows.append({"prompt": prompt, "reference": reference, "base": base[index],
                         "tuned": tuned[index]})
        return rows


def _tokenizer(run: RunFolder, base_dir: Path) -> Any:
    from transformers import AutoTokenizer

    from desktop_ft.export import sources

    folder = run.adapter_dir if any((run.adapter_dir / n).is_file()
                                    for n in sources.TOKENIZER_FILES) else base_dir
    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def _tuned_on(base_model: Any, run: RunFolder, config: cfg.RunConfig, labels: list[str],
              pad_id: int) -> Any:
    """The fine-tuned model: the adapter put on the base model already loaded (its scores are
    taken by then), or a full fine-tune's own folder."""
    if (run.adapter_dir / "adapter_config.json").is_file():
        from peft import PeftModel

        return PeftModel.from_pretrained(base_model, str(run.adapter_dir))
    import torch

    if config.head != "lm":
        from desktop_ft.training.heads import load_head_model

        return load_head_model(run.adapter_dir, config.head, labels, pad_id)
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(str(run.adapter_dir), dtype=torch.float32)


def _require_trained(run: RunFolder) -> None:
    """A finished run has adapter/ with an adapter, or with a full fine-tune's model."""
    if any((run.adapter_dir / name).is_file() for name in ("adapter_config.json", "config.json")):
        return
    status = run.read_manifest().get("status", "unknown")
    raise UserError(f"the run has no trained model to evaluate yet (status: {status})",
                    where=str(run.path),
                    hint=f"finish the training first: desktop-ft train --resume {run.path}",
                    key="eval.no_adapter")


def _base(config: cfg.RunConfig, base_dir: Path, labels: list[str], pad_id: int) -> Any:
    import torch
    from transformers import AutoModelForCausalLM, set_seed

    if config.head == "lm":
        return AutoModelForCausalLM.from_pretrained(str(base_dir), dtype=torch.float32)
    from desktop_ft.training.heads import load_head_model

    set_seed(config.train.seed)  # the head exactly as training initialised it
    return load_head_model(base_dir, config.head, labels, pad_id)


def _clean(scores: dict[str, float]) -> dict[str, float | None]:
    return {k: (round(v, 6) if isinstance(v, float) and math.isfinite(v) else None)
            for k, v in scores.items()}


def run_evaluation(request: EvalRequest, emit: ev.Emit, stop: threading.Event) -> dict[str, Any]:
    started = time.perf_counter()
    run = RunFolder.open(request.run)  # a wrong folder is told before the heavy imports
    config = cfg.load(run.config_path)
    _require_trained(run)
    from desktop_ft.export import merge, sources
    from desktop_ft.training.job import _quiet_libraries, _set_threads

    _quiet_libraries()
    _set_threads(config.train.threads)  # as the run trained: more threads than cores stall
    manifest = run.read_manifest()
    base_dir = merge.base_model_dir(run)
    tokenizer = _tokenizer(run, base_dir)
    held = held_out(config, tokenizer, request.split, manifest, emit)
    scenario = presets.scenario_for(config.scenario, held.fmt)
    preset = presets.get(scenario)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    scorer: LMScorer | HeadScorer
    if config.head == "lm":
        eos = sources.eos_token_ids(base_dir) or [tokenizer.eos_token_id]
        scorer = LMScorer(scenario, held, tokenizer, eos, preset.max_new_tokens,
                          request.max_generate, request.samples)
    else:
        scorer = HeadScorer(config.head, held, pad_id, request.samples)
    tick = _Progress(emit, 2 * scorer.steps())
    emit(ev.Log(message=f"evaluating {run.path.name} as '{scenario}' on {len(held.rows)} "
                f"{request.split} rows"))
    try:
        model = _base(config, base_dir, held.labels, pad_id)
        base_scores, base_out = scorer.score(model, stop, tick)
        model = _tuned_on(model, run, config, held.labels, pad_id)
        tuned_scores, tuned_out = scorer.score(model, stop, tick)
    except Stopped:
        emit(ev.Log(message="evaluation stopped; nothing written"))
        return {"status": "stopped", "run_dir": str(run.path), "scenario": scenario}
    names = [m for m in preset.metrics if m in tuned_scores] + sorted(
        set(tuned_scores) - set(preset.metrics))
    doc = {
        "scenario": scenario, "split": request.split, "rows": len(held.rows),
        "generated_rows": len(scorer.generated) if isinstance(scorer, LMScorer) else 0,
        "primary": preset.primary, "higher_is_better": preset.higher_is_better,
        "metrics": names, "base": _clean(base_scores), "tuned": _clean(tuned_scores),
        "samples": scorer.sample_rows(base_out, tuned_out),
        "base_model": str(base_dir), "head": config.head, "steps": manifest.get("steps"),
        "seconds": round(time.perf_counter() - started, 2), "created": time.time(),
    }
    atomic_write_json(run.path / EVAL_FILE, doc)
    primary = preset.primary
    emit(ev.Log(message=f"{scenario}: {primary} base {doc['base'].get(primary)} -> tuned "
                f"{doc['tuned'].get(primary)} ({len(held.rows)} {request.split} rows)"))
    return {"status": "finished", "run_dir": str(run.path),
            "eval_path": str(run.path / EVAL_FILE), **doc}


def is_cheap(run: RunFolder) -> bool:
    """Whether evaluating right after training costs little next to the training itself."""
    from desktop_ft.training.precision import device_type

    parameters = int(run.read_manifest().get("parameters_total") or 0)
    limit = CHEAP_PARAMETERS_GPU if device_type() == "cuda" else CHEAP_PARAMETERS_CPU
    return 0 < parameters <= limit
