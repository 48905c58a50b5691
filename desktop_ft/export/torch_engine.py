"""The fallback export engine, for architectures the onnxruntime-genai builder does not cover.

`torch.onnx.export(dynamo=True)` traces the PyTorch model with its KV cache as graph inputs and
outputs, under the names ONNX Runtime GenAI's generic `decoder` model type reads from
genai_config.json:

    inputs   input_ids       [batch, sequence_length]                      int64
             attention_mask  [batch, total_sequence_length]                int64
             position_ids    [batch, sequence_length]  (if the model takes them)   int64
             past_key_values.N.key / .value  [batch, kv_heads, past_sequence_length, head_dim]
    outputs  logits          [batch, sequence_length, vocab]
             present.N.key / .value          [batch, kv_heads, total_sequence_length, head_dim]

So the folder written here has the builder's layout (genai_config.json, tokenizer, chat template,
EOS ids) and runs unchanged in our chat and parity code and in any app that embeds ONNX Runtime
GenAI. The graph concatenates past and new keys, hence `past_present_share_buffer: false` (the
builder's GroupQueryAttention writes into one shared buffer instead). The legacy TorchScript
exporter is not used: it is deprecated and fails on LongRoPE.

Precisions come from `onnxruntime.quantization` applied to the float32 graph:

- fp16: every float weight and activation in float16 (`onnxruntime.transformers.float16`), with
  the graph's inputs and outputs (the KV cache included) kept float32;
- int8: `quantize_dynamic` (MatMulInteger: int8 weights per channel, activations quantized at
  run time), the ONNX Runtime recipe for CPUs;
- int4: `MatMulNBitsQuantizer` (4-bit weights, symmetric, the request's block size and accuracy
  level), the operator the builder's int4 uses.

Like the builder it runs as a child process (`python -m desktop_ft.export.torch_engine`), so a
stop ends it at once and its chatter stays out of stdout; it runs in this process under the same
switch as the builder (DESKTOP_FT_EXPORT_BUILDER=inprocess, or a frozen app), where a stop takes
effect between its phases.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import json
import os
import re
import shutil
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.export import builder

ENGINE = "torch"
# fp16 graphs on a CPU run (slower than fp32, half the size); int8 MatMulInteger is a CPU
# kernel; DirectML is left to the builder, whose graphs it was made for.
SUPPORTED = {("fp32", "cpu"), ("fp16", "cpu"), ("int8", "cpu"), ("int4", "cpu"),
             ("fp32", "cuda"), ("fp16", "cuda"), ("int4", "cuda")}
PHASES = ("loading the PyTorch model", "tracing with torch.onnx.export (dynamo)",
          "quantizing", "writing genai_config.json and the tokenizer")
TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model", "tokenizer_config.json",
                   "special_tokens_map.json", "added_tokens.json", "chat_template.jinja",
                   "vocab.json", "merges.txt")
MODEL_FILE = "model.onnx"
_STEP = re.compile(r"^step (\d+)/(\d+): ")
# example sizes for tracing: none of them 0 or 1, which torch.export would specialise on
_BATCH, _SEQ, _PAST = 2, 3, 5


def check_combination(precision: str, target: str) -> None:
    if (precision, target) not in SUPPORTED:
        fits = sorted(p for p, t in SUPPORTED if t == target)
        raise UserError(f"the torch.onnx fallback does not make {precision} for the {target} "
                        "target", hint=f"for {target} choose " + " or ".join(fits)
                        if fits else "choose the cpu or cuda target",
                        key="export.unsupported_combination",
                        params={"precision": precision, "target": target})


def check_installed() -> None:
    import importlib.util

    for module, package in (("onnxscript", "onnxscript"), ("onnx", "onnx"),
                            ("onnxruntime", "onnxruntime")):
        if importlib.util.find_spec(module) is None:
            raise UserError(f"the torch.onnx fallback needs the {package} package",
                            hint=f"pip install {package}", key="export.no_onnxscript")


# --- the graph -------------------------------------------------------------------------------


def _decoder_module(model: Any, layers: int, with_positions: bool) -> Any:
    """The model as a function of plain tensors: ids, mask, positions, flat KV cache in and out."""
    import torch
    from transformers.cache_utils import DynamicCache

    class Decoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def _run(self, input_ids: Any, attention_mask: Any, position_ids: Any,
                 past: tuple[Any, ...]) -> tuple[Any, ...]:
            cache = DynamicCache(ddp_cache_data=[(past[2 * i], past[2 * i + 1])
                                                 for i in range(layers)])
            extra = {"position_ids": position_ids} if position_ids is not None else {}
            out = self.model(input_ids=input_ids, attention_mask=attention_mask,
                             past_key_values=cache, use_cache=True, **extra)
            flat: list[Any] = []
            for layer in out.past_key_values.layers:
                flat += [layer.keys, layer.values]
            return (out.logits, *flat)

    class WithPositions(Decoder):
        def forward(self, input_ids: Any, attention_mask: Any, position_ids: Any,
                    *past: Any) -> tuple[Any, ...]:
            return self._run(input_ids, attention_mask, position_ids, past)

    class WithoutPositions(Decoder):
        def forward(self, input_ids: Any, attention_mask: Any, *past: Any) -> tuple[Any, ...]:
            return self._run(input_ids, attention_mask, None, past)

    return (WithPositions if with_positions else WithoutPositions)().eval()


def cache_shape(model: Any) -> tuple[int, int, int]:
    """(layers, kv heads, head dim), read from a real forward pass rather than config names."""
    import torch

    with torch.inference_mode():
        out = model(input_ids=torch.zeros(1, 2, dtype=torch.long), use_cache=True)
    cache = getattr(out, "past_key_values", None)
    layers = getattr(cache, "layers", None)
    if not layers or getattr(layers[0], "keys", None) is None:
        raise UserError("the model keeps no transformers KV cache the exporter can wire up",
                        hint="export a transformers decoder (AutoModelForCausalLM) model",
                        key="export.no_kv_cache")
    keys = layers[0].keys
    if keys.dim() != 4:
        raise UserError(f"unexpected KV cache layout {tuple(keys.shape)}",
                        hint="export a standard decoder model", key="export.no_kv_cache")
    return len(layers), int(keys.shape[1]), int(keys.shape[3])


def load_model(model_dir: Path) -> Any:
    import torch
    from transformers import AutoModelForCausalLM
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    return AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()


def export_graph(model: Any, out_dir: Path) -> dict[str, Any]:
    """Trace the float32 model into out_dir/model.onnx (+ model.onnx.data); return its shape."""
    import torch

    layers, kv_heads, head_dim = cache_shape(model)
    with_positions = "position_ids" in inspect.signature(model.forward).parameters
    names = ["input_ids", "attention_mask"] + (["position_ids"] if with_positions else [])
    past_names = [f"past_key_values.{i}.{kind}" for i in range(layers)
                  for kind in ("key", "value")]
    outputs = ["logits"] + [f"present.{i}.{kind}" for i in range(layers)
                            for kind in ("key", "value")]
    vocab = int(model.get_input_embeddings().num_embeddings)
    generator = torch.Generator().manual_seed(0)
    args: list[Any] = [
        torch.randint(0, min(vocab, 100), (_BATCH, _SEQ), generator=generator),
        torch.ones(_BATCH, _PAST + _SEQ, dtype=torch.long)]
    shapes: list[Any] = [{0: "batch", 1: "sequence_length"},
                         {0: "batch", 1: "total_sequence_length"}]
    if with_positions:
        args.append(torch.arange(_PAST, _PAST + _SEQ).expand(_BATCH, _SEQ).contiguous())
        shapes.append({0: "batch", 1: "sequence_length"})
    past = tuple(torch.randn(_BATCH, kv_heads, _PAST, head_dim, generator=generator)
                 for _ in past_names)
    shapes.append(tuple({0: "batch", 2: "past_sequence_length"} for _ in past_names))
    out_dir.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(_decoder_module(model, layers, with_positions), (*args, *past),
                      str(out_dir / MODEL_FILE), input_names=names + past_names,
                      output_names=outputs, dynamic_shapes=tuple(shapes), dynamo=True,
                      external_data=True, optimize=True, verbose=False)
    text = model.config.get_text_config(decoder=True)
    return {"layers": layers, "kv_heads": kv_heads, "head_dim": head_dim,
            "attention_heads": int(getattr(text, "num_attention_heads", kv_heads)),
            "hidden_size": int(getattr(text, "hidden_size", kv_heads * head_dim)),
            "vocab_size": int(getattr(text, "vocab_size", None) or vocab),
            "position_ids": with_positions,
            "context_length": int(getattr(text, "max_position_embeddings", None) or 2048),
            "bos_token_id": _first_id(getattr(text, "bos_token_id", None)),
            "pad_token_id": _first_id(getattr(text, "pad_token_id", None))}


def _first_id(value: Any) -> int | None:
    """genai_config takes one bos/pad id; some configs give a list."""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return int(value) if value is not None else None


# --- precisions ------------------------------------------------------------------------------


def quantize(src_dir: Path, dst_dir: Path, precision: str, block_size: int,
             accuracy_level: int) -> None:
    """The float32 graph in src_dir -> dst_dir/model.onnx (+ .data) in `precision`."""
    src, dst = src_dir / MODEL_FILE, dst_dir / MODEL_FILE
    dst_dir.mkdir(parents=True, exist_ok=True)
    if precision == "fp32":
        for item in src_dir.iterdir():
            if item.name.startswith(MODEL_FILE):
                os.replace(item, dst_dir / item.name)
        return
    import onnx

    if precision == "int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(src, dst, op_types_to_quantize=["MatMul"], per_channel=True,
                         weight_type=QuantType.QInt8, use_external_data_format=True)
        return
    model = onnx.load(str(src))
    if precision == "fp16":
        from onnxruntime.transformers.float16 import convert_float_to_float16

        half = convert_float_to_float16(model, keep_io_types=True)
        onnx.save(half, str(dst), save_as_external_data=True, all_tensors_to_one_file=True,
                  location=MODEL_FILE + ".data")
        return
    if precision == "int4":
        from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

        gemm_to_matmul(model)
        quantizer = MatMulNBitsQuantizer(model, bits=4, block_size=block_size,
                                         is_symmetric=True, accuracy_level=accuracy_level)
        quantizer.process()
        quantized = sum(node.op_type == "MatMulNBits" for node in quantizer.model.model.graph.node)
        if not quantized:
            raise UserError("int4 found no weight matrix to quantize in the traced graph",
                            hint="export int8 or fp32", key="export.nothing_to_quantize")
        quantizer.model.save_model_to_file(str(dst), use_external_data_format=True)
        return
    raise ValueError(precision)


def gemm_to_matmul(model: Any) -> int:
    """Gemm with a constant weight -> MatMul (+ Add): the form MatMulNBits quantizes.

    Conv1D layers (GPT-2 and kin) trace to Gemm, which the 4-bit quantizer skips; the int8
    dynamic quantizer handles both. Returns how many nodes were rewritten.
    """
    from onnx import helper, numpy_helper

    graph = model.graph
    weights = {t.name: t for t in graph.initializer}
    rewritten = 0
    nodes = []
    for node in graph.node:
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        plain = (attrs.get("alpha", 1.0) == 1.0 and attrs.get("beta", 1.0) == 1.0 and
                 not attrs.get("transA", 0))
        if node.op_type != "Gemm" or not plain or node.input[1] not in weights:
            nodes.append(node)
            continue
        weight = node.input[1]
        if attrs.get("transB", 0):
            array = numpy_helper.to_array(weights[weight]).T.copy()
            weight = f"{weight}.transposed"
            graph.initializer.append(numpy_helper.from_array(array, weight))
        bias = node.input[2] if len(node.input) > 2 and node.input[2] else None
        product = f"{node.output[0]}.matmul" if bias else node.output[0]
        nodes.append(helper.make_node("MatMul", [node.input[0], weight], [product],
                                      name=f"{node.name or weight}.matmul"))
        if bias:
            nodes.append(helper.make_node("Add", [product, bias], [node.output[0]],
                                          name=f"{node.name or weight}.bias"))
        rewritten += 1
    del graph.node[:]
    graph.node.extend(nodes)
    return rewritten


# --- the folder ------------------------------------------------------------------------------


def genai_config(shape: dict[str, Any], eos_ids: list[int], target: str) -> dict[str, Any]:
    """genai_config.json for the traced graph: the generic decoder with our I/O names."""
    inputs = {"input_ids": "input_ids", "attention_mask": "attention_mask",
              "past_key_names": "past_key_values.%d.key",
              "past_value_names": "past_key_values.%d.value"}
    if shape["position_ids"]:
        inputs["position_ids"] = "position_ids"
    providers = [{"cuda": {}}] if target == "cuda" else []
    context = shape["context_length"]
    pad = shape["pad_token_id"] if shape["pad_token_id"] is not None else (
        eos_ids[-1] if eos_ids else 0)
    return {
        "model": {
            "bos_token_id": shape["bos_token_id"] if shape["bos_token_id"] is not None else pad,
            "context_length": context,
            "decoder": {
                "session_options": {"log_id": "onnxruntime-genai",
                                    "provider_options": providers},
                "filename": MODEL_FILE,
                "head_size": shape["head_dim"],
                "hidden_size": shape["hidden_size"],
                "inputs": inputs,
                "outputs": {"logits": "logits", "present_key_names": "present.%d.key",
                            "present_value_names": "present.%d.value"},
                "num_attention_heads": shape["attention_heads"],
                "num_hidden_layers": shape["layers"],
                "num_key_value_heads": shape["kv_heads"],
            },
            "eos_token_id": eos_ids,
            "pad_token_id": pad,
            "type": "decoder",
            "vocab_size": shape["vocab_size"],
        },
        "search": {
            "diversity_penalty": 0.0, "do_sample": False, "early_stopping": True,
            "length_penalty": 1.0, "max_length": context, "min_length": 0,
            "no_repeat_ngram_size": 0, "num_beams": 1, "num_return_sequences": 1,
            "past_present_share_buffer": False, "repetition_penalty": 1.0, "temperature": 1.0,
            "top_k": 1, "top_p": 1.0,
        },
    }


def write_folder(model_dir: Path, onnx_dir: Path, shape: dict[str, Any], eos_ids: list[int],
                 target: str) -> None:
    """genai_config.json and the tokenizer files next to the graph."""
    (onnx_dir / "genai_config.json").write_text(
        json.dumps(genai_config(shape, eos_ids, target), indent=4) + "\n", encoding="utf-8")
    for name in TOKENIZER_FILES:
        if (model_dir / name).is_file():
            shutil.copyfile(model_dir / name, onnx_dir / name)


def export(model_dir: Path, out_dir: Path, work_dir: Path, precision: str, target: str,
           block_size: int, accuracy_level: int, eos_ids: list[int],
           step: Any = None, stop: threading.Event | None = None) -> dict[str, Any]:
    """The whole fallback export; `step(index, text)` is told each phase as it starts."""
    step = step or (lambda index, text: None)

    def phase(index: int) -> None:
        if stop is not None and stop.is_set():
            raise InterruptedError("export stopped")
        step(index, PHASES[index - 1])

    phase(1)
    model = load_model(model_dir)
    phase(2)
    traced = work_dir / "fp32"
    shape = export_graph(model, traced)
    del model
    phase(3)
    quantize(traced, out_dir, precision, block_size, accuracy_level)
    shutil.rmtree(traced, ignore_errors=True)
    phase(4)
    write_folder(model_dir, out_dir, shape, eos_ids, target)
    return shape


def summarize(exc: BaseException) -> str:
    """One line from an exporter's exception (torch.onnx's are pages long)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    if "## Exception summary" in lines:
        after = lines[lines.index("## Exception summary") + 1:]
        if after:
            return after[0][:300]
    return (f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__)[:300]


# --- running it ------------------------------------------------------------------------------


def run(model_dir: Path, out_dir: Path, work_dir: Path, precision: str, target: str,
        block_size: int, accuracy_level: int, eos_ids: list[int], emit: ev.Emit,
        stop: threading.Event, log_path: Path) -> builder.BuildResult:
    """Run the fallback to completion, as a child process unless engines run in process.

    InterruptedError when `stop` is set; UserError (key export.torch_export_failed) on failure,
    with the exporter's own last words and its full output in `log_path`.
    """
    total = len(PHASES)
    command = [sys.executable, "-m", __name__, "--model", str(model_dir), "--out", str(out_dir),
               "--work", str(work_dir), "--precision", precision, "--target", target,
               "--block-size", str(block_size), "--accuracy-level", str(accuracy_level),
               "--eos", ",".join(map(str, eos_ids))]
    if builder.inprocess():
        return _run_inprocess(command, model_dir, out_dir, work_dir, precision, target,
                              block_size, accuracy_level, eos_ids, emit, stop, log_path)

    def progress(line: str) -> int | None:
        match = _STEP.match(line)
        return int(match.group(1)) if match else None

    work_dir.mkdir(parents=True, exist_ok=True)
    returncode, log, seconds = builder.run_child(command, work_dir, emit, stop, log_path,
                                                 progress, total)
    if returncode != 0:
        errors = [line[len("ERROR: "):] for line in log if line.startswith("ERROR: ")]
        raise failure(errors[-1] if errors else (log[-1] if log else f"exit code {returncode}"),
                      model_dir, log_path)
    return builder.BuildResult(seconds=seconds, command=command, log=log)


def failure(summary: str, model_dir: Path, log_path: Path) -> UserError:
    return UserError(f"torch.onnx.export could not export this model: {summary}",
                     where=str(model_dir), hint=f"the exporter's full output is in {log_path}",
                     key="export.torch_export_failed")


_INPROCESS_LOCK = threading.Lock()


def _run_inprocess(command: list[str], model_dir: Path, out_dir: Path, work_dir: Path,
                   precision: str, target: str, block_size: int, accuracy_level: int,
                   eos_ids: list[int], emit: ev.Emit, stop: threading.Event,
                   log_path: Path) -> builder.BuildResult:
    started = time.perf_counter()
    total = len(PHASES)

    def step(index: int, text: str) -> None:
        emit(ev.Progress(step=index, total_steps=total, phase="export: build"))

    error: str | None = None
    with _INPROCESS_LOCK, open(log_path, "w", encoding="utf-8") as log_file, \
            contextlib.redirect_stdout(log_file), contextlib.redirect_stderr(log_file):
        try:
            export(model_dir, out_dir, work_dir, precision, target, block_size,
                   accuracy_level, eos_ids, step, stop)
        except InterruptedError:
            raise
        except UserError as exc:  # the same one line as from the child process
            print(f"ERROR: {exc.message}", file=log_file)
            error = exc.message
        except Exception as exc:  # reported below with the exporter's log
            traceback.print_exc(file=log_file)
            error = summarize(exc)
    if error is not None:
        raise failure(error, model_dir, log_path) from None
    log = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    return builder.BuildResult(seconds=time.perf_counter() - started, command=command, log=log)


def main(argv: list[str] | None = None) -> int:
    """The child process: phases as `step i/n: ...` lines, a failure as one `ERROR: ...` line."""
    parser = argparse.ArgumentParser(description="torch.onnx fallback export (internal)")
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--precision", required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--block-size", type=int, default=32)
    parser.add_argument("--accuracy-level", type=int, default=4)
    parser.add_argument("--eos", default="")
    args = parser.parse_args(argv)
    eos = [int(x) for x in args.eos.split(",") if x]

    def step(index: int, text: str) -> None:
        print(f"step {index}/{len(PHASES)}: {text}", flush=True)

    try:
        export(args.model, args.out, args.work, args.precision, args.target, args.block_size,
               args.accuracy_level, eos, step)
    except UserError as exc:
        print(f"ERROR: {exc.message}", flush=True)
        return 2
    except Exception as exc:
        traceback.print_exc(file=sys.stdout)
        print(f"ERROR: {summarize(exc)}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
