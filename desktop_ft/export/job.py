"""The export job: run or model folder -> merged model -> ONNX Runtime GenAI folder + parity.json.

`run_export(request, emit, stop)` is what `desktop-ft export` and the Export page call:

1. check the request (precision x target, the source folder, the architecture) and choose the
   engine before anything heavy happens, so a bad request fails in a second with one line;
2. for a run without merged/: merge adapter + base in float32 into RUN/merged (atomically);
3. engine "builder" (the default wherever it covers the architecture and the precision x
   target): copy the model folder privately and fix what the builder trips over (prepare.py),
   then run the onnxruntime-genai builder in a child process (builder.py);
4. engine "torch" (the fallback, or forced with --engine torch): torch.onnx.export (dynamo) with
   the KV cache, onnxruntime.quantization, and a genai_config.json for the generic decoder
   (torch_engine.py). Both write the same ONNX Runtime GenAI layout, so chat and parity run
   either. With engine "auto", a builder that refuses the architecture hands over to the torch
   engine, and a torch failure then says that neither engine could export the model;
5. check and repair the ONNX folder (EOS ids, chat template, tokenizer class: finalize.py);
6. measure parity against the PyTorch model (parity.py) and write parity.json;
7. rename the finished folder into place: RUN/export/<target>-<precision>/ for a run,
   <folder>-onnx-<target>-<precision>/ beside a model folder, or `request.out_dir`.

Nothing is written where the user will look until it is complete: the work happens in a hidden
staging folder beside the destination, and a stop or failure removes it.
"""

from __future__ import annotations

import datetime as _dt
import os
import random
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import ExportRequest
from desktop_ft.core.runs import RunFolder, atomic_write_json
from desktop_ft.export import builder, merge, sources, torch_engine

BUILDER = "builder"
ENGINES = ("auto", BUILDER, torch_engine.ENGINE)
PARITY_PROMPTS = 3
PARITY_TEXTS = 6
PARITY_NEW_TOKENS = 24


def export_name(target: str, precision: str) -> str:
    return f"{target}-{precision}"


def default_destination(source: Path, kind: str, target: str, precision: str) -> Path:
    if kind == sources.RUN:
        return source / "export" / export_name(target, precision)
    return source.parent / f"{source.name}-onnx-{export_name(target, precision)}"


def _check_destination(dest: Path) -> None:
    if dest.exists() and not dest.is_dir():
        raise UserError("the output path is a file", where=str(dest),
                        hint="choose a folder for the export", key="export.out_is_file")
    if dest.is_dir() and any(dest.iterdir()) and not (dest / sources.EXPORT_MANIFEST).is_file():
        raise UserError("the output folder exists and is not an export of ours; not replacing it",
                        where=str(dest), hint="choose an empty or new folder with --out",
                        key="export.out_not_empty")


def _stopped(stop: threading.Event) -> None:
    if stop.is_set():
        raise InterruptedError("export stopped")


def _phase(emit: ev.Emit, step: int, message: str) -> None:
    emit(ev.Log(message=message))
    emit(ev.Progress(step=step, total_steps=5, phase="export"))


def run_conversations(run: RunFolder) -> tuple[list[list[dict[str, str]]], list[Any], str]:
    """Prompts and reference conversations from the run's validation rows, if it has data.

    The validation rows are chosen as training chose them (same seed and fraction over the
    dataset's examples); examples the encoder dropped can shift that choice slightly.
    """
    try:
        from desktop_ft.core import config as cfg
        from desktop_ft.data.formats import to_examples
        from desktop_ft.data.readers import read_records

        config = cfg.load(run.config_path)
        path = Path(config.data.path)
        records = read_records(path)
        _fmt, examples = to_examples(records, path, config.data.format, config.data.columns)
    except (UserError, OSError, ValueError, KeyError, ImportError):
        return [], [], "default"
    fraction, seed = config.data.validation_split, config.train.seed
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    count = max(1, round(len(examples) * fraction)) if fraction > 0 and len(examples) > 1 else 0
    chosen = sorted(order[:count])
    label = "validation data"
    if not chosen:
        chosen, label = list(range(min(len(examples), PARITY_TEXTS))), "training data"
    conversations: list[list[dict[str, str]]] = []
    texts: list[Any] = []
    for index in chosen[:PARITY_TEXTS]:
        example = examples[index]
        if example.messages:
            texts.append(example.messages)
            messages = list(example.messages)
            while messages and messages[-1]["role"] == "assistant":
                messages.pop()
            if messages and len(conversations) < PARITY_PROMPTS:
                conversations.append(messages)
        elif example.text:
            texts.append(example.text[:2000])
    return conversations, texts, label


def _reference_config(kind: str, source: Path) -> tuple[dict[str, Any], str] | None:
    """The config.json of the model that will be exported, read before a merge that takes minutes.

    None for a run that has neither a full model nor an adapter (ensure_merged says why later).
    """
    if kind == sources.MODEL:
        return sources.check_model_folder(source), str(source / "config.json")
    run = RunFolder(source)
    folder = merge.run_model_dir(run)
    if folder is None and (run.adapter_dir / "adapter_config.json").is_file():
        folder = merge.base_model_dir(run)
    if folder is None:
        return None
    return sources.read_json(folder / "config.json"), str(folder / "config.json")


def choose_engine(requested: str, reference: tuple[dict[str, Any], str] | None, precision: str,
                  target: str, block_size: int, accuracy_level: int) -> tuple[str, str]:
    """(engine, why): the onnxruntime-genai builder where it covers the architecture and the
    precision x target, else the torch.onnx fallback; `requested` may force either.
    """
    if requested not in ENGINES:
        raise UserError(f"unknown export engine '{requested}'", hint="one of " + ", ".join(
            ENGINES), key="export.bad_engine")
    builder.check_options(precision, target, block_size, accuracy_level)
    if requested == BUILDER:
        builder.check_combination(precision, target, block_size, accuracy_level)
        builder.check_builder_installed()
        if reference is not None:
            builder.check_architecture(*reference)
        return BUILDER, "asked for"
    if requested == torch_engine.ENGINE:
        torch_engine.check_combination(precision, target)
        torch_engine.check_installed()
        return torch_engine.ENGINE, "asked for"
    # the fallback makes a subset of the builder's precision x target: the builder's list it is
    builder.check_combination(precision, target, block_size, accuracy_level)
    if builder.builder_source() is None:
        reason = "onnxruntime-genai's model builder is not installed"
    elif reference is not None and not builder.covers(reference[0]):
        reason = (f"the ONNX builder does not support the "
                  f"{sources.architecture(reference[0])} architecture")
    else:
        builder.check_builder_installed()
        return BUILDER, "covers the architecture"
    try:
        torch_engine.check_combination(precision, target)
        torch_engine.check_installed()
    except UserError as exc:
        raise UserError(f"no export engine makes this model in {precision} for {target}: "
                        f"{reason}, and {exc.message}", where=reference[1] if reference else "",
                        hint=exc.hint, key="export.no_engine") from None
    return torch_engine.ENGINE, reason


def run_export(request: ExportRequest, emit: ev.Emit, stop: threading.Event) -> dict[str, Any]:
    """Export a run or a model folder; see the module docstring for the steps."""
    started = time.perf_counter()
    precision, target = request.precision, request.target
    requested = getattr(request, "engine", "auto") or "auto"
    builder.check_options(precision, target, request.block_size, request.accuracy_level)
    source = Path(request.source).expanduser()
    kind = sources.classify(source)
    if kind == sources.ONNX:
        raise UserError("this folder is already an ONNX export", where=str(source),
                        hint="export the run or the model folder it came from, or chat with it: "
                        f"desktop-ft chat {source}", key="export.already_onnx")
    source = source.resolve()
    reference = _reference_config(kind, source)
    engine, why = choose_engine(requested, reference, precision, target, request.block_size,
                                request.accuracy_level)
    dest = Path(request.out_dir).expanduser().resolve() if request.out_dir else \
        default_destination(source, kind, target, precision)
    _check_destination(dest)
    if precision == "fp16" and target == "cpu":
        emit(ev.Log(message="fp16 on the CPU: half the size of fp32 and run by ONNX Runtime, "
                    "but slower than fp32; fp16 is meant for cuda and dml", level="warning"))

    if engine != BUILDER:
        emit(ev.Log(message=f"export engine: torch.onnx.export (dynamo) + onnxruntime."
                    f"quantization ({why})"))
    result: dict[str, Any] = {"status": "stopped", "export_dir": None, "export_bytes": 0,
                              "precision": precision, "target": target, "engine": engine,
                              "parity_verdict": "not_run", "parity_ok": False, "parity": {},
                              "merged_dir": None, "source": str(source), "source_kind": kind}
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.tmp-", dir=dest.parent))
    log_path = dest.parent / f"{dest.name}.build.log"  # stays only when the build fails
    try:
        _phase(emit, 1, "export: model")
        if kind == sources.RUN:
            run = RunFolder.open(source)
            model_dir = merge.ensure_merged(run, emit, stop)
            conversations, texts, prompt_source = run_conversations(run)
        else:
            run = None
            model_dir = source
            sources.check_model_folder(model_dir)
            conversations, texts, prompt_source = [], [], "default"
        if request.parity_prompts:
            conversations = [[{"role": "user", "content": p}] for p in request.parity_prompts]
            prompt_source = "request"
        result["merged_dir"] = str(model_dir)
        config = sources.read_json(model_dir / "config.json")
        _stopped(stop)

        onnx_dir = staging / "onnx"
        if engine == BUILDER:
            try:
                fixes, eos_ids, build = _build_with_builder(
                    model_dir, staging, onnx_dir, config, request, emit, stop, log_path)
            except UserError as exc:
                if requested != "auto" or exc.key != "export.unsupported_architecture":
                    raise
                engine, why = torch_engine.ENGINE, exc.hint or exc.message
                torch_engine.check_combination(precision, target)
                emit(ev.Log(message=f"the ONNX builder refused the model ({why}); exporting "
                            "with torch.onnx.export (dynamo) instead"))
                shutil.rmtree(onnx_dir, ignore_errors=True)
                result["engine"] = engine
        if engine == torch_engine.ENGINE:
            fixes, eos_ids = [], sources.eos_token_ids(model_dir)
            _phase(emit, 3, f"export: tracing {precision} ONNX for {target} with torch.onnx")
            try:
                build = torch_engine.run(model_dir, onnx_dir, staging / "work", precision,
                                         target, request.block_size, request.accuracy_level,
                                         eos_ids, emit, stop, log_path)
            except UserError as exc:
                if requested != "auto" or exc.key != "export.torch_export_failed":
                    raise
                raise UserError(f"neither export engine can export this model: {why}, and "
                                f"{exc.message}", where=exc.where, hint=exc.hint,
                                key="export.no_engine") from None
            shutil.rmtree(staging / "work", ignore_errors=True)

        from desktop_ft.export import finalize

        output_fixes = finalize.fix_genai_config(onnx_dir, eos_ids)
        output_fixes += finalize.ensure_chat_template(onnx_dir, model_dir)
        output_fixes += finalize.portable_tokenizer_class(onnx_dir)
        _stopped(stop)

        _phase(emit, 4, "export: parity (PyTorch vs ONNX Runtime)")
        report, tokenizer_fixes = _parity_with_tokenizer_fix(
            model_dir, onnx_dir, precision, target, conversations, texts, prompt_source, emit,
            stop, log_path)
        output_fixes += tokenizer_fixes
        for fix in output_fixes:
            emit(ev.Log(message=f"export folder: {fix}"))
        report["engine"] = engine
        report["reference_dir"] = str(model_dir)
        report["export_dir"] = str(dest)
        atomic_write_json(onnx_dir / "parity.json", report)
        _stopped(stop)

        _phase(emit, 5, f"export: writing {dest}")
        manifest = {
            "created": _dt.datetime.now().isoformat(timespec="seconds"),
            "source": str(source), "source_kind": kind, "reference_dir": str(model_dir),
            "architecture": sources.architecture(config), "precision": precision,
            "target": target, "block_size": request.block_size if precision in ("int4", "int8")
            else None, "accuracy_level": request.accuracy_level
            if precision in ("int4", "int8") else None,
            "eos_token_ids": eos_ids, "fixes": fixes + output_fixes,
            "engine": engine, "builder": _engine_version(engine),
            "build_seconds": round(build.seconds, 2),
            "parity_verdict": report["verdict"],
        }
        atomic_write_json(onnx_dir / sources.EXPORT_MANIFEST, manifest)
        if log_path.exists():
            os.replace(log_path, onnx_dir / "build.log")
        sources.readable_by_all(onnx_dir)
        merge.replace_dir(onnx_dir, dest)
        if run is not None:
            exports = run.read_manifest().get("exports", {})
            exports[dest.name] = {"export_dir": str(dest), "precision": precision,
                                  "target": target, "parity_verdict": report["verdict"],
                                  "created": manifest["created"]}
            run.update_manifest(exports=exports)
        emit(ev.Log(message=f"exported {precision} for {target} to {dest}; parity: "
                    f"{report['verdict']}" + (f" ({'; '.join(report['reasons'])})"
                                              if report["reasons"] else "")))
        result.update({
            "status": "finished", "export_dir": str(dest),
            "export_bytes": sources.folder_bytes(dest),
            "parity_verdict": report["verdict"], "parity_ok": report["ok"], "parity": report,
            "parity_path": str(dest / "parity.json"), "fixes": fixes + output_fixes,
            "eos_token_ids": eos_ids, "build_seconds": round(build.seconds, 2),
            "block_size": manifest["block_size"], "accuracy_level": manifest["accuracy_level"],
        })
    except InterruptedError:
        emit(ev.Log(message="export stopped; nothing was written", level="warning"))
        log_path.unlink(missing_ok=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


def _parity_with_tokenizer_fix(model_dir: Path, onnx_dir: Path, precision: str, target: str,
                               conversations: list[Any], texts: list[Any], prompt_source: str,
                               emit: ev.Emit, stop: threading.Event, log_path: Path
                               ) -> tuple[dict[str, Any], list[str]]:
    """Parity; when ORT GenAI's tokenizer refuses or disagrees, fix its class and measure again."""
    from desktop_ft.export import finalize, parity

    def measure() -> dict[str, Any]:
        return parity.run_parity(model_dir, onnx_dir, precision, target, conversations or None,
                                 texts or None, PARITY_NEW_TOKENS, emit, stop, prompt_source)

    fixes: list[str] = []
    try:
        try:
            report = measure()
        except RuntimeError as exc:
            if "tokenizer" not in str(exc).lower():
                raise
            fixes = finalize.fix_tokenizer(onnx_dir, model_dir)
            report = measure()
        if not report["tokenizer_match"] and not fixes:
            sample = parity.render_for_folder(model_dir, (conversations or [[{
                "role": "user", "content": parity.DEFAULT_PROMPTS[0]}]])[0])
            fixes = finalize.fix_tokenizer(onnx_dir, model_dir, sample)
            if fixes and "->" in fixes[0]:
                report = measure()
    except RuntimeError as exc:  # ONNX Runtime refusing the built graph
        raise UserError(f"the exported model does not run in ONNX Runtime: "
                        f"{str(exc).strip()[:300]}", where=str(model_dir),
                        hint=f"try another precision or target; the builder's output is in "
                        f"{log_path}", key="export.onnx_runtime_failed") from None
    return report, fixes


def _build_with_builder(model_dir: Path, staging: Path, onnx_dir: Path, config: dict[str, Any],
                        request: ExportRequest, emit: ev.Emit, stop: threading.Event,
                        log_path: Path) -> tuple[list[str], list[int], builder.BuildResult]:
    """A builder-ready private copy of the model, then the onnxruntime-genai builder."""
    from desktop_ft.export import prepare

    _phase(emit, 2, "export: preparing a builder copy of the model")
    prepared = staging / "model"
    fixes, eos_ids = prepare.prepare_for_builder(model_dir, prepared)
    for fix in fixes:
        emit(ev.Log(message=f"builder copy: {fix}"))
    _stopped(stop)

    _phase(emit, 3, f"export: building {request.precision} ONNX for {request.target}")
    cache_dir = staging / "cache"
    cache_dir.mkdir()
    build = builder.run_builder(prepared, onnx_dir, cache_dir, request.precision, request.target,
                                request.block_size, request.accuracy_level,
                                int(config.get("num_hidden_layers", 1)), emit, stop, log_path)
    shutil.rmtree(cache_dir, ignore_errors=True)
    shutil.rmtree(prepared, ignore_errors=True)
    return fixes, eos_ids, build


def _engine_version(engine: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    names = ["onnxruntime-genai"] if engine == BUILDER else ["torch", "onnxscript",
                                                              "onnxruntime"]
    parts = []
    for name in names:
        try:
            parts.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            parts.append(name)
    return ", ".join(parts)
