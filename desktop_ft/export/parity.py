"""Proof that an export answers like the model it came from: PyTorch vs ONNX Runtime GenAI.

The same conversations are rendered with the same chat template and fed, as the same token ids,
to the PyTorch model (transformers, float32: the reference) and to the ONNX Runtime GenAI model.
The report (parity.json) holds:

- static checks that catch the classic broken export: the EOS ids ONNX Runtime stops on equal
  the reference's, ONNX Runtime GenAI's own tokenizer encodes the rendered prompt to the same
  ids, and its own chat-template rendering gives the same text;
- logits, teacher-forced along the PyTorch greedy path: max abs difference, relative norm,
  top-1 agreement;
- free-running greedy decoding of N tokens on both sides: exact match, first divergence, and
  whether each stopped at EOS at the same place;
- perplexity of reference conversations (the run's validation rows when there are some) on both;
- size, load time, time to first token and tokens/s on this device.

The verdict follows thresholds written next to it (THRESHOLDS): float32 must *match* (greedy
identical, logits equal to float rounding); quantized exports *pass* on top-1 agreement and
perplexity increase, because tiny random models lose argmax agreement under int4 even when
nothing is wrong.

parity.json (the Export page reads it; fields are only ever added, never renamed or removed):

    verdict                 "match" | "pass" | "fail" | "not_run";  ok: verdict in OK_VERDICTS
    reasons                 one line per threshold missed (empty when ok)
    precision, target       what was exported; ran_on: "cpu" when the target's GPU is not here
    engine                  "builder" or "torch" (set by the export job)
    thresholds              THRESHOLDS[precision], the limits the verdict applied
    prompt_source           "validation data" | "training data" | "request" | "default"
    max_new_tokens          N of the greedy continuations
    eos_ids_pytorch, eos_ids_onnx, eos_ids_match      the ids each side stops on
    tokenizer_match         ORT GenAI's tokenizer gives PyTorch's ids for every rendered prompt
    template_match          ORT GenAI's template engine renders as transformers (None: cannot)
    template                {match, error | onnx_render}
    max_abs_logit_diff      over all teacher-forced steps of all prompts
    relative_logit_diff     max over steps of |onnx - pytorch|_2 / |pytorch|_2
    top1_agreement          share of steps where the argmax agrees
    decisive_steps, decisive_top1_agreement   the same on steps PyTorch is sure of
    mean_kl                 mean KL(pytorch || onnx) per step
    greedy_exact_match      share of prompts whose N greedy tokens are identical
    greedy_token_agreement  mean share of greedy tokens before the first divergence
    first_divergence        earliest greedy divergence over prompts (None: none diverged)
    divergences_all_ties    every divergence happened where PyTorch's top two tie
    stop_match              each prompt emitted EOS at the same step on both sides (or neither)
    eos_emitted             {pytorch, onnx}: how many prompts ended with an EOS on each side
    perplexity              {texts, tokens, pytorch, onnx, ratio} on the reference texts
    performance             {size_bytes, pytorch_weights_bytes, onnx_load_seconds,
                             pytorch_load_seconds, onnx_ttft_seconds, pytorch_ttft_seconds,
                             onnx_tokens_per_s, pytorch_tokens_per_s}: this device, greedy,
                             batch 1; speeds after a warm-up, load times as a user meets them
                             (the first load in a process includes library initialisation)
    prompts                 per prompt: the same measures, the decoded texts, stop indexes
    reference_dir, export_dir, seconds
"""

from __future__ import annotations

import json
import math
import threading
import time
from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.export import sources

# Verdicts: "match" (fp32, identical), "pass" (within the precision's thresholds), "fail",
# "not_run" (the target cannot run on this machine).
OK_VERDICTS = ("match", "pass")
THRESHOLDS: dict[str, dict[str, float]] = {
    # float32 must reproduce PyTorch: every greedy token, logits within float rounding.
    "fp32": {"max_abs_logit_diff": 1e-3, "relative_logit_diff": 1e-4, "top1_agreement": 1.0,
             "greedy_exact_match": 1.0, "perplexity_ratio": 1.001},
    # fp16 rounds every weight and activation: near-identical, not identical.
    "fp16": {"top1_agreement": 0.95, "decisive_top1_agreement": 0.99, "perplexity_ratio": 1.02,
             "mean_kl": 0.01},
    # int8 weight-only (MatMulNBits, 8 bits): small, measurable drift.
    "int8": {"top1_agreement": 0.90, "decisive_top1_agreement": 0.97, "perplexity_ratio": 1.05,
             "mean_kl": 0.02},
    # int4 weight-only: judged by perplexity, KL and the decisive steps only. On near-flat
    # logits (small or random-weight models) int4 rounding legitimately moves the argmax: the
    # random demo model agrees on 40% of all steps with a perplexity ratio of 1.02.
    "int4": {"decisive_top1_agreement": 0.90, "perplexity_ratio": 1.30, "mean_kl": 0.25},
}
# decisive_top1_agreement is judged only with at least this many decisive steps.
MIN_DECISIVE_STEPS = 5
TIE_MARGIN = 1e-3  # a greedy divergence where PyTorch's top two are closer than this is a tie
# A step is decisive when PyTorch's best token leads the second by this many logits (a factor of
# e^2 in probability): there, any sound export picks the same token.
DECISIVE_MARGIN = 2.0

DEFAULT_PROMPTS = [
    "What should I know before I start?",
    "Describe your favourite plant in one sentence.",
    "List three things that need water.",
]
DEFAULT_CONVERSATIONS = [
    [{"role": "user", "content": "What is a fern?"},
     {"role": "assistant", "content": "A fern is a plant that grows from spores, not seeds."}],
    [{"role": "user", "content": "How often should I water a cactus?"},
     {"role": "assistant", "content": "Water a cactus every two to three weeks in summer."}],
]


def _finite(value: float | None, digits: int = 8) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return float(f"{value:.{digits}g}")


def user_conversation(prompt: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": prompt}]


def render(tokenizer: Any, messages: list[dict[str, str]], generation_prompt: bool) -> str:
    """Render with the model's chat template; a model without one gets the plain text."""
    if getattr(tokenizer, "chat_template", None):
        return tokenizer.apply_chat_template(messages, tokenize=False,
                                             add_generation_prompt=generation_prompt)
    text = "\n".join(m["content"] for m in messages)
    return text + ("\n" if generation_prompt else "")


def render_for_folder(folder: Path, messages: list[dict[str, str]]) -> str:
    from transformers import AutoTokenizer

    return render(AutoTokenizer.from_pretrained(folder), messages, generation_prompt=True)


def _encode(tokenizer: Any, text: str) -> list[int]:
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def _log_softmax(logits: Any) -> Any:
    import numpy as np

    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def _nll(logits: Any, ids: list[int]) -> tuple[float, int]:
    """Summed negative log-likelihood of ids[1:] given logits[:-1] ([S, V]), and the count."""
    import numpy as np

    if len(ids) < 2:
        return 0.0, 0
    logp = _log_softmax(np.asarray(logits[:-1], dtype=np.float64))
    picked = logp[np.arange(len(ids) - 1), np.asarray(ids[1:])]
    return float(-picked.sum()), len(ids) - 1


class OnnxSide:
    """An ONNX Runtime GenAI model opened for parity (on the CPU when the target is a GPU)."""

    def __init__(self, folder: Path, force_cpu: bool, adapter_file: Path | None = None) -> None:
        import onnxruntime_genai as og

        self.og = og
        started = time.perf_counter()
        config = og.Config(str(folder))
        if force_cpu:
            config.clear_providers()
        self.model = og.Model(config)
        self.tokenizer = og.Tokenizer(self.model)
        self.adapters = None
        if adapter_file is not None:  # LoRA weights as graph inputs, switched at run time
            self.adapters = og.Adapters(self.model)
            self.adapters.load(str(adapter_file), "active")
        self.load_seconds = time.perf_counter() - started
        genai = sources.read_json_or_empty(Path(folder) / "genai_config.json")
        self.eos_ids = [int(i) for i in _as_list(genai.get("model", {}).get("eos_token_id"))]
        self.context = int(genai.get("model", {}).get("context_length", 4096))

    def generator(self, max_length: int) -> Any:
        params = self.og.GeneratorParams(self.model)
        params.set_search_options(max_length=min(max_length, self.context), do_sample=False)
        generator = self.og.Generator(self.model, params)
        if self.adapters is not None:
            generator.set_active_adapter(self.adapters, "active")
        return generator

    def teacher_forced_logits(self, prompt: list[int], continuation: list[int]) -> list[Any]:
        """Logits after the prompt and after each continuation token but the last."""
        generator = self.generator(len(prompt) + len(continuation) + 1)
        generator.append_tokens(prompt)
        out = [generator.get_logits().reshape(-1).copy()]
        for token in continuation[:-1]:
            generator.append_tokens([token])
            out.append(generator.get_logits().reshape(-1).copy())
        return out

    def greedy(self, prompt: list[int], max_new_tokens: int) -> tuple[list[int], float, float]:
        """Greedy tokens (EOS included when emitted), time to first token, total seconds."""
        generator = self.generator(len(prompt) + max_new_tokens)
        started = time.perf_counter()
        generator.append_tokens(prompt)
        tokens: list[int] = []
        first = 0.0
        while not generator.is_done() and len(tokens) < max_new_tokens:
            generator.generate_next_token()
            tokens.append(int(generator.get_next_tokens()[0]))
            if len(tokens) == 1:
                first = time.perf_counter() - started
        return tokens, first, time.perf_counter() - started

    def sequence_logits(self, ids: list[int]) -> Any:
        generator = self.generator(len(ids) + 1)
        generator.append_tokens(ids)
        return generator.get_output("logits")[0]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


class TorchSide:
    """The PyTorch reference: the merged model in float32, greedy, with the same EOS ids."""

    def __init__(self, folder: Path, eos_ids: list[int], adapter_dir: Path | None = None) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        self.torch = torch
        started = time.perf_counter()
        self.tokenizer = AutoTokenizer.from_pretrained(folder)
        self.model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
        if adapter_dir is not None:  # unmerged, as the ONNX side keeps it
            from peft import PeftModel

            self.model = PeftModel.from_pretrained(self.model, str(adapter_dir)).eval()
        self.load_seconds = time.perf_counter() - started
        self.eos_ids = eos_ids
        pad = self.tokenizer.pad_token_id
        self.pad_id = pad if pad is not None else (eos_ids[0] if eos_ids else 0)

    def greedy(self, prompt: list[int], max_new_tokens: int) -> tuple[list[int], list[Any], float]:
        torch = self.torch
        started = time.perf_counter()
        with torch.inference_mode():
            out = self.model.generate(
                torch.tensor([prompt]), attention_mask=torch.ones(1, len(prompt), dtype=torch.long),
                max_new_tokens=max_new_tokens, do_sample=False, num_beams=1,
                eos_token_id=self.eos_ids or None, pad_token_id=self.pad_id,
                output_logits=True, return_dict_in_generate=True, temperature=None, top_p=None,
                top_k=None)
        seconds = time.perf_counter() - started
        tokens = [int(t) for t in out.sequences[0, len(prompt):]]
        logits = [step[0].float().numpy() for step in out.logits][: len(tokens)]
        return tokens, logits, seconds

    def first_token_seconds(self, prompt: list[int]) -> float:
        """Time to first token: one generate() step, as a chat app would start one."""
        started = time.perf_counter()
        self.greedy(prompt, 1)
        return time.perf_counter() - started

    def sequence_logits(self, ids: list[int]) -> Any:
        with self.torch.inference_mode():
            return self.model(self.torch.tensor([ids])).logits[0].float().numpy()


def _first_divergence(a: list[int], b: list[int]) -> int | None:
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return index
    return None if len(a) == len(b) else min(len(a), len(b))


def _stop_index(tokens: list[int], eos: list[int]) -> int | None:
    for index, token in enumerate(tokens):
        if token in eos:
            return index
    return None


def compare_prompt(torch_side: TorchSide, onnx_side: OnnxSide, conversation: list[dict[str, str]],
                   max_new_tokens: int) -> dict[str, Any]:
    """Everything parity measures for one conversation."""
    import numpy as np

    text = render(torch_side.tokenizer, conversation, generation_prompt=True)
    ids = _encode(torch_side.tokenizer, text)
    pt_tokens, pt_logits, pt_seconds = torch_side.greedy(ids, max_new_tokens)
    ox_logits = onnx_side.teacher_forced_logits(ids, pt_tokens)
    diffs, rels, agree, decisive, kls = [], [], [], [], []
    for ref, got in zip(pt_logits, ox_logits, strict=False):
        ref64, got64 = ref.astype(np.float64), got.astype(np.float64)
        delta = np.abs(got64 - ref64)
        diffs.append(float(delta.max()))
        rels.append(float(np.linalg.norm(delta) / max(np.linalg.norm(ref64), 1e-12)))
        same = int(got.argmax()) == int(ref.argmax())
        agree.append(same)
        top2 = np.partition(ref64, -2)[-2:]
        if top2[1] - top2[0] >= DECISIVE_MARGIN:
            decisive.append(same)
        logp, logq = _log_softmax(ref64), _log_softmax(got64)
        kls.append(float((np.exp(logp) * (logp - logq)).sum()))
    ox_tokens, ttft, ox_seconds = onnx_side.greedy(ids, max_new_tokens)
    pt_ttft = torch_side.first_token_seconds(ids)
    divergence = _first_divergence(pt_tokens, ox_tokens)
    tie = False
    if divergence is not None and divergence < len(pt_logits) and divergence < len(ox_tokens):
        ref = pt_logits[divergence]
        tie = float(ref.max() - ref[ox_tokens[divergence]]) < TIE_MARGIN
    matched = len(pt_tokens) if divergence is None else divergence
    pt_stop = _stop_index(pt_tokens, torch_side.eos_ids)
    ox_stop = _stop_index(ox_tokens, onnx_side.eos_ids)
    try:
        og_ids = [int(t) for t in onnx_side.tokenizer.encode(text)]
    except Exception:  # ORT GenAI's tokenizer refusing the text is a finding, not a crash
        og_ids = []
    decode = torch_side.tokenizer.decode
    return {
        "prompt": conversation[-1]["content"] if conversation else "",
        "prompt_tokens": len(ids),
        "tokenizer_match": og_ids == ids,
        "max_abs_logit_diff": max(diffs) if diffs else 0.0,
        "relative_logit_diff": max(rels) if rels else 0.0,
        "top1_agreement": sum(agree) / len(agree) if agree else 1.0,
        "top1_steps": len(agree),
        "top1_agreed": sum(agree),
        "decisive_steps": len(decisive),
        "decisive_agreed": sum(decisive),
        "mean_kl": sum(kls) / len(kls) if kls else 0.0,
        "mean_kl_steps": len(kls),
        "greedy_exact_match": divergence is None,
        "greedy_token_agreement": matched / max(len(pt_tokens), len(ox_tokens), 1),
        "first_divergence": divergence,
        "divergence_is_tie": tie,
        "pytorch_stop_index": pt_stop,
        "onnx_stop_index": ox_stop,
        "stop_match": pt_stop == ox_stop,
        "pytorch_tokens": len(pt_tokens),
        "onnx_tokens": len(ox_tokens),
        "pytorch_text": decode(pt_tokens, skip_special_tokens=True)[:400],
        "onnx_text": decode(ox_tokens, skip_special_tokens=True)[:400],
        "pytorch_seconds": pt_seconds,
        "onnx_seconds": ox_seconds,
        "onnx_ttft_seconds": ttft,
        "pytorch_ttft_seconds": pt_ttft,
    }


def perplexities(torch_side: TorchSide, onnx_side: OnnxSide,
                 texts: list[list[dict[str, str]] | str]) -> dict[str, Any]:
    """Perplexity of whole reference conversations (or texts) on both sides."""
    pt_nll = ox_nll = 0.0
    count = 0
    for item in texts:
        text = item if isinstance(item, str) else render(torch_side.tokenizer, item, False)
        ids = _encode(torch_side.tokenizer, text)[: onnx_side.context - 1]
        nll, n = _nll(torch_side.sequence_logits(ids), ids)
        pt_nll += nll
        nll_onnx, _ = _nll(onnx_side.sequence_logits(ids), ids)
        ox_nll += nll_onnx
        count += n
    if count == 0:
        return {"texts": len(texts), "tokens": 0, "pytorch": None, "onnx": None, "ratio": None}
    pt_ppl = math.exp(pt_nll / count)
    ox_ppl = math.exp(ox_nll / count)
    return {"texts": len(texts), "tokens": count, "pytorch": _finite(pt_ppl),
            "onnx": _finite(ox_ppl), "ratio": _finite(ox_ppl / pt_ppl)}


def template_check(torch_side: TorchSide, onnx_side: OnnxSide,
                   conversation: list[dict[str, str]]) -> dict[str, Any]:
    """Does ONNX Runtime GenAI's own template engine render the prompt as transformers does?"""
    expected = render(torch_side.tokenizer, conversation, generation_prompt=True)
    try:
        got = onnx_side.tokenizer.apply_chat_template(json.dumps(conversation),
                                                      add_generation_prompt=True)
    except Exception as exc:  # the runtime's Jinja subset may not cover a template
        return {"match": None, "error": str(exc)[:200]}
    return {"match": got == expected, "onnx_render": got[:400] if got != expected else None}


def verdict(precision: str, summary: dict[str, Any]) -> tuple[str, list[str]]:
    """The verdict and the reasons for anything short of it."""
    limits = THRESHOLDS[precision]
    reasons: list[str] = []
    if not summary["eos_ids_match"]:
        reasons.append(f"EOS ids differ: ONNX {summary['eos_ids_onnx']} vs PyTorch "
                       f"{summary['eos_ids_pytorch']}")
    if not summary["tokenizer_match"]:
        reasons.append("ONNX Runtime GenAI's tokenizer encodes the prompts differently")
    if summary["template_match"] is False:
        reasons.append("ONNX Runtime GenAI renders the chat template differently")
    top1 = summary["top1_agreement"]
    if "top1_agreement" in limits and top1 < limits["top1_agreement"]:
        reasons.append(f"top-1 agreement {top1:.3f} < {limits['top1_agreement']}")
    decisive = summary.get("decisive_top1_agreement")
    if "decisive_top1_agreement" in limits and decisive is not None and \
            summary["decisive_steps"] >= MIN_DECISIVE_STEPS and \
            decisive < limits["decisive_top1_agreement"]:
        reasons.append(f"top-1 agreement on decisive steps {decisive:.3f} < "
                       f"{limits['decisive_top1_agreement']}")
    if "mean_kl" in limits and summary["mean_kl"] > limits["mean_kl"]:
        reasons.append(f"mean KL divergence {summary['mean_kl']:.4f} > {limits['mean_kl']}")
    ratio = summary["perplexity"].get("ratio")
    if ratio is not None and ratio > limits["perplexity_ratio"]:
        reasons.append(f"perplexity ratio {ratio:.4f} > {limits['perplexity_ratio']}")
    if precision == "fp32":
        if summary["max_abs_logit_diff"] > limits["max_abs_logit_diff"] and \
                summary["relative_logit_diff"] > limits["relative_logit_diff"]:
            reasons.append(f"logits differ by {summary['max_abs_logit_diff']:.2e} "
                           f"(> {limits['max_abs_logit_diff']})")
        if summary["greedy_exact_match"] < limits["greedy_exact_match"] and \
                not summary["divergences_all_ties"]:
            reasons.append("greedy decodes differ")
        if not summary["stop_match"]:
            reasons.append("EOS emitted at different places")
        return ("match" if not reasons else "fail"), reasons
    return ("pass" if not reasons else "fail"), reasons


def run_parity(reference_dir: Path, onnx_dir: Path, precision: str, target: str = "cpu",
               conversations: list[list[dict[str, str]]] | None = None,
               reference_texts: list[list[dict[str, str]] | str] | None = None,
               max_new_tokens: int = 24, emit: ev.Emit | None = None,
               stop: threading.Event | None = None, prompt_source: str = "default",
               adapter_file: Path | None = None, adapter_dir: Path | None = None
               ) -> dict[str, Any]:
    """Compare the PyTorch model in `reference_dir` with the export in `onnx_dir`.

    With `adapter_file` (an .onnx_adapter made from the PEFT adapter in `adapter_dir`), the
    ONNX side runs with that adapter active and the PyTorch side with the PEFT adapter applied.
    """
    emit = emit or (lambda event: None)
    stop = stop or threading.Event()
    conversations = conversations or [user_conversation(p) for p in DEFAULT_PROMPTS]
    reference_texts = reference_texts or list(DEFAULT_CONVERSATIONS)
    eos_reference = sources.eos_token_ids(reference_dir)
    started = time.perf_counter()
    force_cpu = not sources.onnx_runs_here(onnx_dir)
    onnx_side = OnnxSide(onnx_dir, force_cpu=force_cpu, adapter_file=adapter_file)
    torch_side = TorchSide(reference_dir, eos_reference, adapter_dir=adapter_dir)
    warm = _encode(torch_side.tokenizer, "warm up")[:4] or [0]
    torch_side.greedy(warm, 2)  # first calls pay one-off costs; keep them out of tokens/s
    onnx_side.greedy(warm, 2)
    total = len(conversations) + 1
    prompts: list[dict[str, Any]] = []
    for index, conversation in enumerate(conversations, 1):
        if stop.is_set():
            raise InterruptedError("export stopped")
        prompts.append(compare_prompt(torch_side, onnx_side, conversation, max_new_tokens))
        emit(ev.Progress(step=index, total_steps=total, phase="export: parity"))
    if stop.is_set():
        raise InterruptedError("export stopped")
    ppl = perplexities(torch_side, onnx_side, reference_texts)
    emit(ev.Progress(step=total, total_steps=total, phase="export: parity"))
    template = template_check(torch_side, onnx_side, conversations[0])

    steps = sum(p["top1_steps"] for p in prompts)
    decisive_steps = sum(p["decisive_steps"] for p in prompts)
    divergent = [p for p in prompts if not p["greedy_exact_match"]]
    onnx_tokens = sum(p["onnx_tokens"] for p in prompts)
    pt_tokens = sum(p["pytorch_tokens"] for p in prompts)
    onnx_seconds = sum(p["onnx_seconds"] for p in prompts)
    pt_seconds = sum(p["pytorch_seconds"] for p in prompts)
    summary: dict[str, Any] = {
        "eos_ids_pytorch": eos_reference,
        "eos_ids_onnx": onnx_side.eos_ids,
        "eos_ids_match": set(eos_reference) == set(onnx_side.eos_ids) and bool(eos_reference),
        "tokenizer_match": all(p["tokenizer_match"] for p in prompts),
        "template_match": template["match"],
        "max_abs_logit_diff": max(p["max_abs_logit_diff"] for p in prompts),
        "relative_logit_diff": max(p["relative_logit_diff"] for p in prompts),
        "top1_agreement": sum(p["top1_agreed"] for p in prompts) / max(steps, 1),
        "decisive_steps": decisive_steps,
        "decisive_top1_agreement": (sum(p["decisive_agreed"] for p in prompts) /
                                    decisive_steps) if decisive_steps else None,
        "mean_kl": sum(p["mean_kl"] * p["mean_kl_steps"] for p in prompts) / max(steps, 1),
        "greedy_exact_match": (len(prompts) - len(divergent)) / max(len(prompts), 1),
        "greedy_token_agreement": sum(p["greedy_token_agreement"] for p in prompts) /
        max(len(prompts), 1),
        "divergences_all_ties": all(p["divergence_is_tie"] for p in divergent),
        "stop_match": all(p["stop_match"] for p in prompts),
        "first_divergence": min((p["first_divergence"] for p in divergent), default=None),
        "eos_emitted": {"pytorch": sum(p["pytorch_stop_index"] is not None for p in prompts),
                        "onnx": sum(p["onnx_stop_index"] is not None for p in prompts)},
        "perplexity": ppl,
    }
    result, reasons = verdict(precision, summary)
    for key in ("max_abs_logit_diff", "relative_logit_diff", "top1_agreement",
                "greedy_token_agreement", "greedy_exact_match", "mean_kl",
                "decisive_top1_agreement"):
        summary[key] = _finite(summary[key])
    for item in prompts:
        for key, value in list(item.items()):
            if isinstance(value, float):
                item[key] = _finite(value, 6)
    return {
        "verdict": result,
        "ok": result in OK_VERDICTS,
        "reasons": reasons,
        "precision": precision,
        "target": target,
        "ran_on": "cpu" if force_cpu else target,
        "thresholds": THRESHOLDS[precision],
        "prompt_source": prompt_source,
        "max_new_tokens": max_new_tokens,
        **summary,
        "template": template,
        "performance": {
            "size_bytes": sources.folder_bytes(onnx_dir),
            "onnx_load_seconds": _finite(onnx_side.load_seconds, 4),
            "pytorch_load_seconds": _finite(torch_side.load_seconds, 4),
            "pytorch_weights_bytes": sum(path.stat().st_size for path in
                                         sources.weight_files(Path(reference_dir))),
            "onnx_ttft_seconds": _finite(sum(p["onnx_ttft_seconds"] for p in prompts) /
                                         max(len(prompts), 1), 4),
            "pytorch_ttft_seconds": _finite(sum(p["pytorch_ttft_seconds"] for p in prompts) /
                                            max(len(prompts), 1), 4),
            "onnx_tokens_per_s": _finite(onnx_tokens / onnx_seconds if onnx_seconds else None, 5),
            "pytorch_tokens_per_s": _finite(pt_tokens / pt_seconds if pt_seconds else None, 5),
        },
        "prompts": prompts,
        "seconds": _finite(time.perf_counter() - started, 4),
    }
