"""Adapter-only export for multi-LoRA serving: the base ONNX once, each LoRA as an .onnx_adapter.

The builder's `adapter_path` option keeps a PEFT LoRA unmerged in the graph (MatMul A, MatMul B,
Add next to each projection). Here:

1. each adapter is built once in float32 with `adapter_path`, and the LoRA initializers of that
   graph are its weights exactly as the builder laid them out (scaling folded into B, fused
   projections split): no re-implementation of the builder's mapping;
2. the base graph (in the requested precision; the LoRA MatMuls excluded from int4/int8
   quantization) turns those initializers into graph inputs with a symbolic rank;
3. every adapter is written with onnxruntime's AdapterFormat to `adapters/<name>.onnx_adapter`,
   plus `adapters/none.onnx_adapter` (zeros) that stands for "no adapter", since ONNX Runtime
   GenAI needs a value for every LoRA input;
4. parity per adapter: ONNX with the adapter active vs PyTorch with the PEFT adapter applied,
   and "none" vs the plain base model.

At run time: `adapters = og.Adapters(model); adapters.load(path, name);
generator.set_active_adapter(adapters, name)`.
"""

from __future__ import annotations

import datetime as _dt
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.runs import atomic_write_json
from desktop_ft.export import builder, merge, prepare, sources

NONE = "none"
ADAPTERS_DIR = "adapters"
MANIFEST = "adapters.json"
_LORA = re.compile(r"\.lora_[AB]\.")


def _check_adapters(adapters: dict[str, Path]) -> None:
    if not adapters:
        raise UserError("no adapter to export", hint="give at least one PEFT adapter folder",
                        key="export.no_adapters")
    for name, folder in adapters.items():
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", name) or name == NONE:
            raise UserError(f"bad adapter name '{name}'",
                            hint="letters, digits, '.', '_' and '-'; 'none' is reserved",
                            key="export.bad_adapter_name")
        config = Path(folder) / "adapter_config.json"
        if not config.is_file():
            raise UserError("not a PEFT adapter folder (no adapter_config.json)",
                            where=str(folder), key="export.not_an_adapter")
        peft_type = sources.read_json(config).get("peft_type", "LORA")
        if peft_type != "LORA":
            raise UserError(f"only LoRA adapters can be exported as .onnx_adapter, not "
                            f"{peft_type}", where=str(config), hint="export the merged model",
                            key="export.adapter_not_lora")


def lora_initializers(model_path: Path) -> tuple[dict[str, Any], list[str]]:
    """The LoRA weights of a built graph (name -> array) and the names of its LoRA MatMuls."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(model_path))
    weights = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer
               if _LORA.search(t.name)}
    nodes = [n.name for n in model.graph.node
             if n.op_type == "MatMul" and ("/lora_A/" in n.name or "/lora_B/" in n.name)]
    return weights, nodes


def lora_to_inputs(model_path: Path) -> dict[str, Any]:
    """Turn the LoRA initializers of a graph into inputs (rank symbolic); return their dtypes."""
    import onnx
    from onnx import helper

    model = onnx.load(str(model_path))
    keep, dtypes = [], {}
    for tensor in model.graph.initializer:
        if not _LORA.search(tensor.name):
            keep.append(tensor)
            continue
        dims: list[Any] = list(tensor.dims)
        dims[1 if ".lora_A." in tensor.name else 0] = "lora_rank"
        model.graph.input.append(helper.make_tensor_value_info(tensor.name, tensor.data_type,
                                                               dims))
        dtypes[tensor.name] = helper.tensor_dtype_to_np_dtype(tensor.data_type)
    if not dtypes:
        raise UserError("the builder kept no LoRA weights in the graph", where=str(model_path),
                        hint="this architecture may not support adapter export; export the "
                        "merged model instead", key="export.no_lora_in_graph")
    del model.graph.initializer[:]
    model.graph.initializer.extend(keep)
    data = model_path.with_name(model_path.name + ".data")
    data.unlink(missing_ok=True)
    onnx.save(model, str(model_path), save_as_external_data=True, location=data.name)
    return dtypes


def write_adapter(path: Path, weights: dict[str, Any]) -> None:
    import numpy as np
    import onnxruntime as ort

    adapter = ort.AdapterFormat()
    adapter.set_parameters({name: ort.OrtValue.ortvalue_from_numpy(np.ascontiguousarray(value))
                            for name, value in weights.items()})
    adapter.export_adapter(str(path))


def export_adapters(base_dir: Path, adapters: dict[str, Path], out_dir: Path,
                    precision: str = "fp32", target: str = "cpu", block_size: int = 32,
                    accuracy_level: int = 4, emit: ev.Emit | None = None,
                    stop: threading.Event | None = None, max_new_tokens: int = 16
                    ) -> dict[str, Any]:
    """Export `base_dir` once and each adapter of `adapters` (name -> PEFT folder) beside it."""
    emit = emit or (lambda event: None)
    stop = stop or threading.Event()
    started = time.perf_counter()
    builder.check_combination(precision, target, block_size, accuracy_level)
    base_dir, out_dir = Path(base_dir).resolve(), Path(out_dir).resolve()
    config = sources.check_model_folder(base_dir)
    builder.check_builder_installed()
    builder.check_architecture(config, str(base_dir / "config.json"), fallback=False)
    _check_adapters(adapters)
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MANIFEST).is_file():
        raise UserError("the output folder exists and is not an adapter export of ours",
                        where=str(out_dir), hint="choose an empty or new folder",
                        key="export.out_not_empty")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    log_path = out_dir.parent / f"{out_dir.name}.build.log"
    layers = int(config.get("num_hidden_layers", 1))
    try:
        prepared = staging / "model"
        fixes, eos_ids = prepare.prepare_for_builder(base_dir, prepared)
        weights: dict[str, dict[str, Any]] = {}
        lora_nodes: list[str] = []
        onnx_dir = staging / "onnx"
        names = list(adapters)
        for index, name in enumerate(names):
            if stop.is_set():
                raise InterruptedError("export stopped")
            emit(ev.Log(message=f"adapter export: building {name} ({index + 1}/{len(names)})"))
            build_dir = onnx_dir if (index == 0 and precision == "fp32") else \
                staging / f"fp32-{index}"
            builder.run_builder(prepared, build_dir, staging / "cache", "fp32",
                                target if build_dir == onnx_dir else "cpu", block_size,
                                accuracy_level, layers, emit, stop, log_path,
                                [f"adapter_path={Path(adapters[name]).resolve()}"])
            weights[name], nodes = lora_initializers(build_dir / "model.onnx")
            lora_nodes = lora_nodes or nodes
            if build_dir != onnx_dir:
                shutil.rmtree(build_dir, ignore_errors=True)
        first = set(weights[names[0]])
        for name in names[1:]:
            if set(weights[name]) != first:
                raise UserError(f"adapter '{name}' targets other modules than '{names[0]}'",
                                where=str(adapters[name]), hint="adapters served together "
                                "must share target modules", key="export.adapters_differ")
        if precision != "fp32":
            emit(ev.Log(message=f"adapter export: building the {precision} base"))
            extra = [f"adapter_path={Path(adapters[names[0]]).resolve()}"]
            if precision in ("int4", "int8"):  # the LoRA MatMuls stay float: they are inputs
                extra.append("nodes_to_exclude=" + ",".join(lora_nodes))
            builder.run_builder(prepared, onnx_dir, staging / "cache", precision, target,
                                block_size, accuracy_level, layers, emit, stop, log_path, extra)
        shutil.rmtree(staging / "cache", ignore_errors=True)
        shutil.rmtree(prepared, ignore_errors=True)
        dtypes = lora_to_inputs(onnx_dir / "model.onnx")

        from desktop_ft.export import finalize, parity

        output_fixes = finalize.fix_genai_config(onnx_dir, eos_ids)
        output_fixes += finalize.ensure_chat_template(onnx_dir, base_dir)
        output_fixes += finalize.portable_tokenizer_class(onnx_dir)
        folder = onnx_dir / ADAPTERS_DIR
        folder.mkdir()
        files: dict[str, Path] = {}
        for name in names:
            files[name] = folder / f"{name}.onnx_adapter"
            write_adapter(files[name], {k: v.astype(dtypes[k]) for k, v in
                                        weights[name].items()})
        files[NONE] = folder / f"{NONE}.onnx_adapter"
        write_adapter(files[NONE], {k: (v * 0).astype(dtypes[k]) for k, v in
                                    weights[names[0]].items()})

        reports: dict[str, dict[str, Any]] = {}
        for name in [*names, NONE]:
            if stop.is_set():
                raise InterruptedError("export stopped")
            emit(ev.Log(message=f"adapter export: parity of {name}"))
            report = parity.run_parity(base_dir, onnx_dir, precision, target,
                                       conversations=[parity.user_conversation(p) for p in
                                                      parity.DEFAULT_PROMPTS[:2]],
                                       max_new_tokens=max_new_tokens, emit=emit, stop=stop,
                                       adapter_file=files[name],
                                       adapter_dir=None if name == NONE else adapters[name])
            report.pop("prompts", None)
            reports[name] = report
        verdicts = {name: report["verdict"] for name, report in reports.items()}
        manifest = {
            "created": _dt.datetime.now().isoformat(timespec="seconds"),
            "base_dir": str(base_dir), "precision": precision, "target": target,
            "adapters": {name: {"file": f"{ADAPTERS_DIR}/{files[name].name}",
                                "source": str(adapters[name]) if name != NONE else None,
                                "parity_verdict": verdicts[name]} for name in [*names, NONE]},
            "lora_inputs": len(dtypes), "fixes": fixes + output_fixes, "eos_token_ids": eos_ids,
            "usage": "adapters = og.Adapters(model); adapters.load(file, name); "
                     "generator.set_active_adapter(adapters, name); 'none' = the base model",
        }
        atomic_write_json(onnx_dir / MANIFEST, manifest)
        atomic_write_json(onnx_dir / "parity.json", reports)
        atomic_write_json(onnx_dir / sources.EXPORT_MANIFEST, {**manifest, "kind": "adapters"})
        if log_path.exists():
            log_path.replace(onnx_dir / "build.log")
        sources.readable_by_all(onnx_dir)
        merge.replace_dir(onnx_dir, out_dir)
        return {"status": "finished", "export_dir": str(out_dir),
                "export_bytes": sources.folder_bytes(out_dir), "precision": precision,
                "target": target, "adapters": {n: str(out_dir / ADAPTERS_DIR / files[n].name)
                                               for n in files},
                "parity_verdicts": verdicts,
                "parity_ok": all(v in parity.OK_VERDICTS for v in verdicts.values()),
                "parity": reports, "merged_dir": None, "base_dir": str(base_dir),
                "seconds": round(time.perf_counter() - started, 2)}
    except InterruptedError:
        log_path.unlink(missing_ok=True)
        return {"status": "stopped", "export_dir": None, "export_bytes": 0,
                "precision": precision, "target": target, "parity_verdicts": {},
                "parity_ok": False, "parity": {}, "merged_dir": None}
    finally:
        shutil.rmtree(staging, ignore_errors=True)
