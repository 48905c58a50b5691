"""The command line: the same verbs as the GUI, for scripts and tests.

Contract (DESIGN.md): `--json` prints one JSON document on stdout and nothing else there;
progress goes to stderr. Exit codes: 0 ok, 2 user error (one line on stderr, no traceback), 1 bug
(a short apology on stderr, the traceback in a log file).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from desktop_ft import __version__
from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.crash import write_crash_report
from desktop_ft.core.errors import UserError
from desktop_ft.core.runs import describe
from desktop_ft.core.secrets import redact

EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument as one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _stderr_emit(quiet: bool = False) -> ev.Emit:
    def emit(event: ev.Event) -> None:
        if isinstance(event, ev.Failed):
            return  # main() reports the exception that comes with it, once
        if quiet and isinstance(event, ev.Progress) and event.step % 10 and \
                event.step != event.total_steps:
            return
        line = redact(describe(event))
        if line:
            print(line, file=sys.stderr, flush=True)

    return emit


def _run_job(job: Callable[..., dict[str, Any]], request: Any) -> dict[str, Any]:
    """Run a job in this thread; Ctrl-C asks it to stop at the next step (twice: abort)."""
    stop = threading.Event()

    def on_sigint(signum: int, frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        print("stopping at the next step (Ctrl-C again to abort)...", file=sys.stderr)
        stop.set()

    previous = signal.signal(signal.SIGINT, on_sigint)
    previous_term = signal.signal(signal.SIGTERM, on_sigint)
    try:
        return job(request, _stderr_emit(), stop)
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)


def _print_result(result: dict[str, Any], as_json: bool, lines: Sequence[tuple[str, str]]) -> None:
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
        return
    width = max(len(label) for label, _ in lines)
    for label, key in lines:
        if key in result and result[key] is not None:
            print(f"{label:<{width}}  {_human(key, result[key])}")


def _human(key: str, value: Any) -> str:
    if key.endswith("_bytes") and isinstance(value, int):
        return f"{value / 1e6:,.1f} MB"
    if key.endswith("seconds") and isinstance(value, float):
        return f"{value:,.1f} s"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


# verbs -------------------------------------------------------------------------------------

def _cmd_gui(args: argparse.Namespace) -> int:
    from desktop_ft.gui.app import main as gui_main

    return gui_main([])


def _cmd_train(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    if args.worker:  # one rank of a multi-process run, started by torchrun (launch.py)
        from desktop_ft.training.worker import main as worker_main

        worker_main(Path(args.worker))
    if args.emit_launch:
        return _emit_launch(args)
    if args.resume:
        request = jobs.TrainRequest(resume=Path(args.resume))
    elif args.config:
        request = jobs.TrainRequest(config=cfg.load(args.config))
    else:
        raise UserError("give a configuration file or --resume RUN",
                        hint="e.g. desktop-ft train resources/examples/demo-lora.yaml",
                        key="cli.train_args")
    if args.max_steps is not None:
        if request.config is None:
            raise UserError("--max-steps applies to a new run, not to --resume",
                            key="cli.max_steps_resume")
        request.config.train.max_steps = args.max_steps
    if getattr(args, "lower_memory", False):
        request = _lower_memory(request)
    result = _run_job(jobs.train, request)
    _print_result(result, args.json, [("run", "run_dir"), ("status", "status"),
                                      ("steps", "steps"), ("loss first", "loss_first"),
                                      ("loss last", "loss_last"), ("merged", "merged_dir")])
    return EXIT_OK


def _emit_launch(args: argparse.Namespace) -> int:
    """--emit-launch DIR: the run as a folder to start elsewhere (launch.sh, Slurm, Kubernetes)."""
    if not args.config:
        raise UserError("--emit-launch needs a configuration file", where="--emit-launch",
                        hint="desktop-ft train CONFIG.yaml --emit-launch DIR",
                        key="cli.emit_launch")
    from desktop_ft.training.launch import emit_launch

    config = cfg.load(args.config)
    if args.max_steps is not None:
        config.train.max_steps = args.max_steps
    result = emit_launch(config, Path(args.emit_launch))
    _print_result(result, args.json, [("folder", "launch_dir"), ("command", "command")])
    return EXIT_OK


def _lower_memory(request: Any) -> Any:
    """--lower-memory: the settings an out-of-memory failure advised (training/oom.py), written
    into the run's config.yaml; a run with no checkpoint yet starts afresh with them."""
    from desktop_ft import jobs
    from desktop_ft.core.runs import RunFolder
    from desktop_ft.training import oom

    if request.resume is None:
        changes = oom.advise(request.config)
        request.config = oom.apply(request.config, changes)
        print(f"lower memory: {oom.describe_changes(changes) or 'nothing left to lower'}",
              file=sys.stderr)
        return request
    run = RunFolder.open(request.resume)
    lowered, changes = oom.lower_run_memory(run)
    print(f"lower memory: {oom.describe_changes(changes)} (saved in {run.config_path})",
          file=sys.stderr)
    if run.last_checkpoint() is None:
        print("no checkpoint to continue from: starting a new run with these settings",
              file=sys.stderr)
        return jobs.TrainRequest(config=lowered, runs_root=run.path.parent)
    return request


def _cmd_token(args: argparse.Namespace) -> int:
    """The Hugging Face token, in the OS keyring only (core/secrets.py)."""
    from desktop_ft.core import secrets

    if args.action == "set":
        if sys.stdin.isatty():
            import getpass

            token = getpass.getpass("Hugging Face token (input hidden): ")
        else:
            token = sys.stdin.readline()
        secrets.store_token(token)
        print("the token is stored in the system keyring", file=sys.stderr)
    elif args.action == "clear":
        removed = secrets.delete_token()
        print("the token was removed" if removed else "no token was stored", file=sys.stderr)
    else:
        print(f"token: {secrets.token_source()}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    request = jobs.ExportRequest(source=Path(args.source), precision=args.precision,
                                 target=args.target, block_size=args.block_size,
                                 accuracy_level=args.accuracy_level,
                                 out_dir=Path(args.out) if args.out else None,
                                 engine=args.engine)
    result = _run_job(jobs.export, request)
    _print_result(result, args.json, [("export", "export_dir"), ("bytes", "export_bytes"),
                                      ("parity", "parity_verdict")])
    return EXIT_OK


def _cmd_chat(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    prompts = [args.prompt] if args.prompt else None
    base = bool(getattr(args, "base", False))
    if prompts is None:
        if sys.stdin.isatty():
            print("Type a message; an empty line ends the chat.", file=sys.stderr)
        prompts = []
        for line in sys.stdin:
            if not line.strip():
                break
            prompts.append(line.strip())
            if sys.stdin.isatty():
                answer = _run_job(jobs.chat, jobs.ChatRequest(Path(args.source), line.strip(),
                                                              args.max_new_tokens, base=base))
                print(answer["answer"], flush=True)
        if sys.stdin.isatty():
            return EXIT_OK
    answers = [_run_job(jobs.chat, jobs.ChatRequest(Path(args.source), p, args.max_new_tokens,
                                                    base=base))
               for p in prompts]
    if args.json:
        print(json.dumps(answers if len(answers) != 1 else answers[0], indent=2,
                         ensure_ascii=False))
    else:
        for item in answers:
            print(item["answer"])
    return EXIT_OK


def _cmd_check_data(args: argparse.Namespace) -> int:
    """The Data page's validation report: rows, problems (file:line, field), token lengths."""
    from desktop_ft import jobs

    columns = {}
    for item in args.column or []:
        wanted, sep, actual = item.partition("=")
        if not sep or not wanted or not actual:
            raise UserError(f"--column expects FIELD=COLUMN, got {item!r}",
                            hint="e.g. --column prompt=question", key="cli.column")
        columns[wanted] = actual
    report = _run_job(jobs.inspect_data, jobs.InspectRequest(
        path=Path(args.path), model=args.model, format=args.format, columns=columns,
        max_length=args.max_length, loss_on=args.loss_on,
        trust_remote_code=args.trust_remote_code))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
        return EXIT_OK
    print(f"format {report['format'] or '?'}, {report['rows']} rows, "
          f"{report['problem_count']} with problems, {report['duplicates']} duplicates")
    tokens = report.get("tokens")
    if tokens:
        stats = tokens["stats"]
        print(f"tokens per example: median {stats['median']}, max {stats['max']}; "
              f"{tokens['truncated']} cut at {report['max_length']}, "
              f"{tokens['skipped_count']} skipped (no answer left)")
    elif report.get("tokenizer_error"):
        print(f"no token statistics: {report['tokenizer_error']}")
    for problem in report["problems"]:
        print(f"{problem['where']}: {problem['message']}")
    return EXIT_OK


def _cmd_download(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    result = _run_job(jobs.download, jobs.DownloadRequest(repo_id=args.repo_id,
                                                          revision=args.revision))
    _print_result(result, args.json, [("model", "repo_id"), ("folder", "local_dir"),
                                      ("bytes", "bytes")])
    return EXIT_OK


def _cmd_eval(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    request = jobs.EvalRequest(run=Path(args.run), split=args.split,
                               max_generate=args.max_generate, samples=args.samples)
    result = _run_job(jobs.evaluate, request)
    if args.json or result.get("status") != "finished":
        _print_result(result, args.json, [("run", "run_dir"), ("status", "status")])
        return EXIT_OK
    print(f"{result['scenario']}: {result['rows']} {result['split']} rows "
          f"(primary metric: {result['primary']}, "
          f"{'higher' if result['higher_is_better'] else 'lower'} is better)")
    print(f"  {'metric':<18} {'base':>10} {'tuned':>10}")
    for name in result["metrics"]:
        base, tuned = result["base"].get(name), result["tuned"].get(name)
        print(f"  {name:<18} {_metric(base):>10} {_metric(tuned):>10}")
    for sample in result["samples"]:
        print(f"\n> {sample['prompt']}\n  reference: {sample['reference']}\n"
              f"  base:      {sample['base']}\n  tuned:     {sample['tuned']}")
    print(f"\nwritten to {result['eval_path']}")
    return EXIT_OK


def _metric(value: Any) -> str:
    return "-" if value is None else f"{value:.4f}"


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    request = jobs.DemoRequest(max_steps=args.max_steps, prompt=args.prompt,
                               export_precision=args.precision)
    result = _run_job(jobs.demo, request)
    _print_result(result, args.json, [
        ("run", "run_dir"), ("steps", "steps"), ("loss first", "loss_first"),
        ("loss last", "loss_last"), ("merged model", "merged_dir"), ("ONNX export", "export_dir"),
        ("export size", "export_bytes"), ("parity", "parity_verdict"), ("prompt", "prompt"),
        ("answer", "answer"), ("seconds", "seconds")])
    return EXIT_OK


def _cmd_hardware(args: argparse.Namespace) -> int:
    """The detected HardwareProfile; `--json` output is what `--hardware FILE.json` reads."""
    from desktop_ft.core import hardware

    profile = hardware.detect(measure=not args.no_measure)
    if args.json:
        print(json.dumps(profile.to_dict(), indent=2, ensure_ascii=False))
    else:
        print("\n".join(hardware.summary_lines(profile)))
    return EXIT_OK


def _plan_profile(args: argparse.Namespace) -> Any:
    """The machine to plan for: --hardware FILE.json, else this one (measured)."""
    from desktop_ft.core import hardware

    if args.hardware:
        return hardware.load(args.hardware)
    return hardware.detect(measure=True)


def _cmd_estimate(args: argparse.Namespace) -> int:
    """Peak memory per device, its terms, a verdict and a time estimate for one plan."""
    from desktop_ft.core import calibration, catalog
    from desktop_ft.core import estimate as est

    if args.calibrate:
        if args.hardware:
            raise UserError("--calibrate measures this machine; it cannot take --hardware",
                            where="--calibrate", key="cli.calibrate_hardware")
        from desktop_ft.core import hardware

        print("calibrating: a few training steps of a small model on this device...",
              file=sys.stderr, flush=True)
        record = calibration.calibrate(hardware.detect(measure=True), device=args.device)
        if not args.model:
            if args.json:
                print(json.dumps(record, indent=2))
            else:
                for run in record["runs"]:
                    print(f"measured {run['measured_peak_bytes'] / 2 ** 30:.2f} GiB, estimated "
                          f"{run['estimated_peak_bytes'] / 2 ** 30:.2f} GiB "
                          f"(batch {run['plan']['batch']}, sequence {run['plan']['seq']}); "
                          f"{run['measured_tokens_per_s']:.0f} tokens/s measured, "
                          f"{run['estimated_tokens_per_s'] or 0:.0f} estimated")
                print(f"stored in {record['path']}: memory x{record['memory_scale']}, "
                      f"baseline {record['overhead_bytes'] / 1e9:.2f} GB, speed "
                      f"x{record['throughput_scale']}")
            return EXIT_OK
    if not args.model:
        raise UserError("no model given", where="--model",
                        hint="e.g. desktop-ft estimate --model phi-3-mini-4k --method lora",
                        key="cli.no_model")
    spec = catalog.resolve(args.model)
    profile = _plan_profile(args)
    if args.gpus and args.gpus > 1 and not profile.gpus:
        raise UserError(f"--gpus {args.gpus}, but the hardware profile has no GPU",
                        where="--gpus", hint="pass --hardware FILE.json of a machine with GPUs",
                        key="cli.no_gpu")
    gpus = args.gpus if args.gpus is not None else (1 if profile.gpus else 0)
    distributed = None
    if args.fsdp:
        distributed = "fsdp"
    elif args.zero_stage:
        distributed = f"zero{args.zero_stage}"
    plan = est.Plan(method=args.method, rank=args.rank, targets=args.targets,
                    lora_dropout=args.lora_dropout, dtype=args.dtype, batch=args.batch,
                    seq=args.seq or min(1024, spec.max_context), grad_accum=args.grad_accum,
                    grad_checkpointing=args.grad_checkpointing, optimizer=args.optimizer,
                    gpus=gpus, distributed=distributed, offload=args.offload,
                    device=args.device)
    backend = "cpu" if (not profile.gpus or args.device == "cpu" or gpus == 0) \
        else profile.gpus[0].backend
    result = est.estimate(spec, plan, profile, examples=args.examples, epochs=args.epochs,
                          calibration=calibration.load_for(profile, backend))
    doc = result.to_dict()
    doc["summary"] = est.summary(result)
    if args.json:
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(doc["summary"])
    for term in est.TERMS:
        print(f"  {term:<12} {est.human_bytes(result.terms[term]):>10}")
    print(f"  {'peak':<12} {est.human_bytes(result.peak_bytes):>10}  (at the "
          f"{result.peak_moment}{', per GPU' if result.device['count'] > 1 else ''})")
    if result.host_bytes:
        print(f"  CPU memory for offload: {est.human_bytes(result.host_bytes)}")
    print(f"trainable parameters: {est.human_params(result.trainable_params)} of "
          f"{est.human_params(result.total_params)}")
    if result.tokens_per_s:
        line = f"speed: about {result.tokens_per_s:,.0f} tokens/s ({result.throughput_source})"
        if result.seconds_per_epoch:
            line += (f"; one epoch of {result.examples:,} examples: "
                     f"{est.human_seconds(result.seconds_per_epoch)}")
        print(line)
    for note in result.notes:
        print(f"note: {note}")
    for assumption in result.assumptions:
        print(f"assumed: {assumption}")
    return EXIT_OK


def _cmd_recommend(args: argparse.Namespace) -> int:
    """Ranked plans for a model, a scenario and goals on this (or a described) machine."""
    from desktop_ft.core import calibration, catalog, recommend
    from desktop_ft.core import estimate as est

    spec = catalog.resolve(args.model)
    profile = _plan_profile(args)
    goals = [g for item in args.goal or [] for g in item.split(",") if g.strip()]
    backend = profile.gpus[0].backend if profile.gpus else "cpu"
    doc = recommend.recommend(spec, args.scenario, goals, profile, seq=args.seq,
                              examples=args.examples, epochs=args.epochs,
                              calibration=calibration.load_for(profile, backend))
    if args.json:
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return EXIT_OK
    hw = doc["hardware"]
    print(f"{spec.name} ({est.human_params(spec.params)}) for '{doc['scenario']['label']}' on "
          f"{hw['count']} x {hw['name']} ({est.human_bytes(hw['memory_bytes'])})")
    for goal in doc["goals"]:
        print(f"goal: {goal['label']}")
    shown = doc["plans"][:8]  # --json has them all
    for number, plan in enumerate(shown, 1):
        layout = f" + {plan['distributed']}" if plan["distributed"] else ""
        layout += " + offload" if plan["offload"] else ""
        print(f"\n{number}. {plan['label']}{layout} [{plan['verdict']}]")
        for reason in plan["reasons"]:
            print(f"   - {reason}")
    if len(doc["plans"]) > len(shown):
        print(f"\n({len(doc['plans']) - len(shown)} more plans that fit less well: see --json)")
    if doc["advice"]:
        print("\nwhat to change:")
        for line in doc["advice"]:
            print(f"   - {line}")
    for note in doc["notes"]:
        print(f"note: {note}")
    return EXIT_OK


# hosted fine-tuning (Model as a Service) -----------------------------------------------------

_HOSTED_RESULT = [("run", "run_dir"), ("status", "status"), ("job", "job_id"),
                  ("job status", "job_status"), ("endpoint", "endpoint"),
                  ("fine-tuned model", "fine_tuned_model"), ("steps", "steps"),
                  ("loss first", "loss_first"), ("loss last", "loss_last"),
                  ("trained tokens", "trained_tokens")]


def _hosted_plan_lines(summary: dict[str, Any]) -> list[str]:
    """What would be uploaded where, and what it costs: shown before any upload."""
    lines = [f"data:        {summary['source']} ({summary['format']})",
             f"converted:   {summary['train_examples']} training examples "
             f"({summary['train_bytes'] / 1e3:,.1f} kB), {summary['validation_examples']} "
             f"validation examples ({summary['validation_bytes'] / 1e3:,.1f} kB), chat JSONL",
             f"tokens:      about {summary['tokens_total']:,} per epoch (largest example "
             f"{summary['tokens_max']:,}; the service trains on up to "
             f"{summary['token_limit']:,} per example"
             f"{'' if summary['token_limit_known'] else ', assumed'})",
             f"billed:      about {summary['billed_tokens_estimate']:,} training tokens "
             f"({summary['epochs']} epochs"
             f"{', as the service would choose' if summary['epochs_auto'] else ''}"
             f"; estimate: {summary['token_estimate']})",
             f"base model:  {summary['base_model']}",
             f"destination: {summary['provider_label']} at "
             f"{summary['endpoint'] or '(not set: ' + summary['endpoint_problem'] + ')'}"]
    if not summary["has_key"]:
        lines.append(f"credentials: no API key stored (desktop-ft hosted login --provider "
                     f"{summary['provider']})")
    for problem in summary["problems"]:
        where = f"{problem['where']}: " if problem["where"] else ""
        lines.append(f"{problem['severity']}: {where}{problem['message']}")
    if summary["more_problems"]:
        lines.append(f"... and {summary['more_problems']} more problems")
    return lines


def _cmd_hosted_prepare(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    summary = _run_job(jobs.hosted_prepare, jobs.HostedPrepareRequest(cfg.load(args.config)))
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        print("\n".join(_hosted_plan_lines(summary)))
    return EXIT_OK if summary["ok"] else EXIT_USER


def _cmd_hosted_train(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    config = cfg.load(args.config)
    summary = _run_job(jobs.hosted_prepare, jobs.HostedPrepareRequest(config))
    print("\n".join(_hosted_plan_lines(summary)), file=sys.stderr)
    if not summary["ok"]:
        raise UserError("the dataset breaks the service's rules; nothing was uploaded",
                        where=args.config, hint="fix the errors listed above",
                        key="hosted.invalid_data")
    if summary["endpoint_problem"]:
        raise UserError(summary["endpoint_problem"], key="hosted.no_endpoint")
    if not args.yes:
        print(f"nothing was uploaded. To upload the data above to {summary['endpoint']} and "
              "start a billed fine-tuning job there, run again with --yes", file=sys.stderr)
        return EXIT_USER
    request = jobs.HostedTrainRequest(config=config, endpoint=summary["endpoint"], confirmed=True,
                                      cancel_on_stop=args.cancel, poll_s=args.poll)
    return _print_hosted(_run_job(jobs.hosted_train, request), args.json)


def _cmd_hosted_follow(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    request = jobs.HostedFollowRequest(run=Path(args.run), cancel=args.action == "cancel",
                                       once=args.action == "status",
                                       cancel_on_stop=getattr(args, "cancel", False),
                                       poll_s=getattr(args, "poll", None))
    return _print_hosted(_run_job(jobs.hosted_follow, request), args.json)


def _print_hosted(result: dict[str, Any], as_json: bool) -> int:
    _print_result(result, as_json, _HOSTED_RESULT)
    if result["status"] in ("stopped", "running") and result.get("job_id"):
        print(f"the job keeps running at the service; follow it with: desktop-ft hosted follow "
              f"{result['run_dir']}", file=sys.stderr)
    return EXIT_OK


def _cmd_hosted_login(args: argparse.Namespace) -> int:
    """Endpoint and API key into the OS keyring; the key is read hidden, never as an argument."""
    from desktop_ft.hosted.credentials import login

    key = None
    if not args.no_key:
        if sys.stdin.isatty():
            import getpass

            key = getpass.getpass(f"{args.provider} API key (input hidden): ")
        else:
            key = sys.stdin.readline()
    login(args.provider, args.endpoint, key)
    print("stored in the system keyring", file=sys.stderr)
    return EXIT_OK


def _add_hosted_parser(sub: Any) -> None:
    p = sub.add_parser("hosted", help="fine-tune at a hosted service (Azure AI Foundry, OpenAI)",
                       description="Model as a Service: convert and check the dataset, upload "
                       "it (only with --yes) to Azure AI Foundry / Azure OpenAI or OpenAI, "
                       "fine-tune there and follow the job. Keys live in the OS keyring.")
    hosted = p.add_subparsers(dest="action", parser_class=_Parser, metavar="ACTION",
                              required=True)
    h = hosted.add_parser("login", help="store the endpoint and API key in the OS keyring")
    h.add_argument("--provider", choices=cfg.HOSTED_PROVIDERS, default="azure")
    h.add_argument("--endpoint", help="e.g. https://<resource>.openai.azure.com")
    h.add_argument("--no-key", action="store_true", help="store only the endpoint")
    h.set_defaults(func=_cmd_hosted_login)
    h = hosted.add_parser("prepare", help="show the converted, checked data and the token "
                          "estimate; uploads nothing")
    h.add_argument("config", help="run configuration (YAML) with a hosted: section")
    h.add_argument("--json", action="store_true")
    h.set_defaults(func=_cmd_hosted_prepare)
    for name, text in (("train", "upload and fine-tune (asks for --yes)"),
                       ("follow", "follow a hosted run's job again"),
                       ("status", "look up a hosted run's job once"),
                       ("cancel", "cancel a hosted run's job at the service")):
        h = hosted.add_parser(name, help=text)
        if name == "train":
            h.add_argument("config", help="run configuration (YAML) with a hosted: section")
            h.add_argument("--yes", action="store_true",
                           help="confirm the upload to the destination shown")
        else:
            h.add_argument("run", metavar="RUN", help="hosted run folder (or its name)")
        if name in ("train", "follow"):
            h.add_argument("--cancel", action="store_true", help="Ctrl-C cancels the job at "
                           "the service (default: detach; the job keeps running)")
            h.add_argument("--poll", type=float, metavar="S",
                           help="seconds between status checks (default: hosted.poll_seconds, "
                           "15)")
        h.add_argument("--json", action="store_true")
        h.set_defaults(func=_cmd_hosted_train if name == "train" else _cmd_hosted_follow)


# parser ------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="desktop-ft", description="Fine-tune language models on your own "
                     "hardware and export them to ONNX for the edge. With no verb: open the app.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="verb", parser_class=_Parser, metavar="VERB")

    p = sub.add_parser("gui", help="open the app (the default)")
    p.set_defaults(func=_cmd_gui)

    p = sub.add_parser("train", help="fine-tune from a YAML config, or resume a run",
                       description="Start a run from CONFIG.yaml, or continue one with --resume. "
                       f"Methods: {', '.join(cfg.METHODS)}. Data formats: "
                       f"{', '.join(cfg.DATA_FORMATS)}.")
    p.add_argument("config", nargs="?", help="run configuration (YAML)")
    p.add_argument("--resume", metavar="RUN", help="run folder (or its name) to continue")
    p.add_argument("--max-steps", type=int, help="override train.max_steps")
    p.add_argument("--lower-memory", "--retry-smaller", action="store_true",
                   help="after an out-of-memory failure: apply the advised lower-memory settings "
                   "(smaller micro-batch with more accumulation, gradient checkpointing, shorter "
                   "sequences) and continue")
    p.add_argument("--emit-launch", metavar="DIR",
                   help="write the (distributed) run as a folder to start elsewhere: launch.sh, "
                   "a Slurm batch script and a Kubernetes Job, around the same torchrun command")
    p.add_argument("--worker", metavar="RUN", help=argparse.SUPPRESS)  # a rank, from torchrun
    p.add_argument("--json", action="store_true", help="print the result as one JSON document")
    p.set_defaults(func=_cmd_train)

    p = sub.add_parser("token", help="store the Hugging Face token in the system keyring",
                       description="set: read the token (hidden prompt, or one line on stdin) "
                       "and keep it in the OS keyring, never in a file; clear: remove it; "
                       "status: say where a token would come from. HF_TOKEN in the environment "
                       "takes precedence.")
    p.add_argument("action", choices=("set", "clear", "status"))
    p.set_defaults(func=_cmd_token)

    p = sub.add_parser("export", help="export a run or a model folder to ONNX",
                       description="Merge (for a run), build an ONNX Runtime GenAI model folder "
                       "and check it against the PyTorch model (parity.json).")
    p.add_argument("source", metavar="RUN|MODEL_DIR")
    p.add_argument("--precision", choices=cfg.EXPORT_PRECISIONS, default="int4")
    p.add_argument("--target", choices=cfg.EXPORT_TARGETS, default="cpu")
    p.add_argument("--block-size", type=int, choices=(16, 32, 64, 128, 256), default=32,
                   help="int4 quantisation block size")
    p.add_argument("--accuracy-level", type=int, choices=(0, 1, 2, 3, 4), default=4,
                   help="int4 MatMulNBits accuracy level (4: int8 compute, fastest on CPU)")
    p.add_argument("--out", metavar="DIR",
                   help="output folder (default: RUN/export/<target>-<precision>)")
    p.add_argument("--engine", choices=cfg.EXPORT_ENGINES, default="auto",
                   help="auto: the onnxruntime-genai builder where it covers the architecture, "
                   "else torch.onnx.export (dynamo) + onnxruntime quantization; or force one")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("chat", help="ask a run, a model folder or an ONNX folder")
    p.add_argument("source", metavar="RUN|MODEL_DIR|ONNX_DIR")
    p.add_argument("--prompt", help="one prompt; without it, one prompt per line from stdin")
    p.add_argument("--max-new-tokens", type=int, default=64)
    p.add_argument("--base", action="store_true",
                   help="with a RUN: let its base model answer (before fine-tuning)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_chat)

    p = sub.add_parser("check-data", help="check a dataset as training will read it",
                       description="Read a dataset file, detect its format, convert every row "
                       "and tokenize it with the model's chat template: rows, problems "
                       "(file:line, field), duplicates, token lengths, truncation. "
                       f"Formats: {', '.join(cfg.DATA_FORMATS)}.")
    p.add_argument("path", metavar="FILE", help=".jsonl, .json, .csv or .parquet")
    p.add_argument("--model", default="demo", help="whose tokenizer and chat template to use")
    p.add_argument("--format", choices=cfg.DATA_FORMATS, default="auto")
    p.add_argument("--column", action="append", metavar="FIELD=COLUMN",
                   help="repeatable: read FIELD from your COLUMN")
    p.add_argument("--max-length", type=int, default=256)
    p.add_argument("--loss-on", choices=cfg.LOSS_ON, default="answer")
    p.add_argument("--trust-remote-code", action="store_true",
                   help="run the model's own tokenizer code (only for authors you trust)")
    p.add_argument("--json", action="store_true", help="print the report as one JSON document")
    p.set_defaults(func=_cmd_check_data)

    p = sub.add_parser("download", help="download a model from the Hugging Face Hub",
                       description="Fetch every file of a hub model into the Hugging Face "
                       "cache and print its folder (usable as 'model' in a run configuration).")
    p.add_argument("repo_id", metavar="HUB_ID", help="e.g. microsoft/Phi-3-mini-4k-instruct")
    p.add_argument("--revision", help="branch, tag or commit (default: main)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_download)

    _add_hosted_parser(sub)

    p = sub.add_parser("eval", help="a run's scenario metric, base vs fine-tuned",
                       description="Score the run's scenario metric on its held-out rows for "
                       "the base and the fine-tuned model and write RUN/eval.json. Scenarios: "
                       "domain, chat, creative (eval loss, perplexity, samples; distinct-n for "
                       "creative), classification (accuracy, macro-F1), ner (entity F1), "
                       "translation (BLEU, chrF), qa (exact match, token F1).")
    p.add_argument("run", metavar="RUN", help="run folder (or its name)")
    p.add_argument("--split", choices=("validation", "train"), default="validation")
    p.add_argument("--max-generate", type=int, default=64, metavar="N",
                   help="answer at most N rows by generation (default 64)")
    p.add_argument("--samples", type=int, default=5, metavar="N",
                   help="rows shown side by side (default 5)")
    p.add_argument("--json", action="store_true", help="print eval.json's content on stdout")
    p.set_defaults(func=_cmd_eval)

    p = sub.add_parser("demo", help="the whole path on the bundled demo model",
                       description="Build the demo model if needed, fine-tune it with LoRA, merge, "
                       "export to ONNX, check parity and answer a prompt with the export.")
    p.add_argument("--max-steps", type=int, help="training steps (default: the demo config's)")
    p.add_argument("--prompt", help="what to ask the exported model")
    p.add_argument("--precision", choices=cfg.EXPORT_PRECISIONS, default="int4")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_demo)

    # planning verbs: core only (no torch unless a probe or --calibrate needs it) -----------
    from desktop_ft.core import catalog as _catalog
    from desktop_ft.core import estimate as _est
    from desktop_ft.core import matrix as _matrix

    models_help = (f"a catalog name ({', '.join(_catalog.names())}), a local model folder "
                   "with config.json, or a Hugging Face hub id (its config.json is fetched)")
    p = sub.add_parser("hardware", help="what this machine has (CPU, RAM, GPUs, NPUs, ONNX EPs)",
                       description="Detect CPU, memory, disk, GPUs (CUDA, ROCm, MPS, XPU), ONNX "
                       "Runtime execution providers and NPUs/FPGAs. A probe that fails is "
                       "reported as unknown with its reason. The --json output is the "
                       "HardwareProfile that 'recommend' and 'estimate' read with --hardware.")
    p.add_argument("--no-measure", action="store_true",
                   help="skip the 0.3 s matmul that measures CPU speed for time estimates")
    p.add_argument("--json", action="store_true", help="print the profile as one JSON document")
    p.set_defaults(func=_cmd_hardware)

    p = sub.add_parser("recommend", help="ranked training plans for a model, scenario and goals",
                       description="Combine the Phi-3 Cookbook's scenario matrix with memory and "
                       "time estimates on this machine (or --hardware FILE.json) and rank plans "
                       "best first, with reasons. "
                       f"Scenarios: {', '.join(_matrix.SCENARIOS)}. "
                       f"Goals: {', '.join(_matrix.GOALS)}. Models: {models_help}.")
    p.add_argument("--model", required=True, metavar="M", help="the model to fine-tune")
    p.add_argument("--scenario", required=True, metavar="S",
                   help=f"one of: {', '.join(_matrix.SCENARIOS)}")
    p.add_argument("--goal", action="append", metavar="G",
                   help=f"repeatable, or comma-separated: {', '.join(_matrix.GOALS)}")
    p.add_argument("--seq", type=int, help="sequence length in tokens (default 1024, or the "
                   "model's context if shorter)")
    p.add_argument("--examples", type=int, help="dataset size, for the time per epoch "
                   "(default 1000)")
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--hardware", metavar="FILE.json",
                   help="plan for the machine this profile describes (from 'hardware --json')")
    p.add_argument("--json", action="store_true", help="print the plans as one JSON document")
    p.set_defaults(func=_cmd_recommend)

    p = sub.add_parser("estimate", help="peak memory per device and time for one plan",
                       description="Estimate the peak memory per device of a training plan, term "
                       "by term (weights, adapter, gradients, optimizer, activations, logits, "
                       "overhead), a verdict fits|tight|does-not-fit, and the time. "
                       f"Methods: {', '.join(_est.METHODS)}. "
                       f"Optimizers: {', '.join(_est.OPTIMIZERS)}. "
                       f"Targets: {', '.join(_est.TARGETS)}. Models: {models_help}. "
                       "--calibrate measures a few training steps on this device and stores "
                       "the correction that later estimates use.")
    p.add_argument("--model", metavar="M", help="the model to fine-tune")
    p.add_argument("--method", default="lora", metavar="METHOD",
                   help=f"one of: {', '.join(_est.METHODS)} (default lora)")
    p.add_argument("--rank", type=int, default=16, help="LoRA/DoRA rank (default 16)")
    p.add_argument("--targets", default="all-linear", metavar="T",
                   help=f"adapted modules: {', '.join(_est.TARGETS)} (default all-linear)")
    p.add_argument("--lora-dropout", type=float, default=0.05)
    p.add_argument("--batch", type=int, default=1, help="micro-batch per device (default 1)")
    p.add_argument("--seq", type=int, help="sequence length in tokens (default 1024, or the "
                   "model's context if shorter)")
    p.add_argument("--grad-accum", type=int, default=1, help="gradient accumulation steps")
    p.add_argument("--grad-checkpointing", action="store_true")
    p.add_argument("--dtype", default="auto", metavar="D",
                   help=f"compute dtype: {', '.join(_est.DTYPES)} (auto: as the trainer picks)")
    p.add_argument("--optimizer", default="adamw", metavar="O",
                   help=f"one of: {', '.join(_est.OPTIMIZERS)}")
    p.add_argument("--gpus", type=int, help="GPUs to use (default: 1 if there is one, else 0)")
    p.add_argument("--zero-stage", type=int, choices=(0, 1, 2, 3), default=0,
                   help="DeepSpeed ZeRO stage (0: plain data parallel)")
    p.add_argument("--fsdp", action="store_true", help="FSDP full sharding instead of ZeRO")
    p.add_argument("--offload", action="store_true",
                   help="offload optimizer (and with stage 3, parameters) to CPU memory")
    p.add_argument("--device", default="auto", choices=_est.DEVICES,
                   help="estimate for the CPU or the GPU (default: GPU if there is one)")
    p.add_argument("--examples", type=int, help="dataset size, for the time per epoch")
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--hardware", metavar="FILE.json",
                   help="plan for the machine this profile describes (from 'hardware --json')")
    p.add_argument("--calibrate", action="store_true",
                   help="measure a few real training steps on this device and store the "
                   "correction (about a minute on a CPU)")
    p.add_argument("--json", action="store_true", help="print the estimate as one JSON document")
    p.set_defaults(func=_cmd_estimate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        args.func = _cmd_gui
    try:
        return args.func(args)
    except UserError as exc:
        print(f"desktop-ft: error: {redact(str(exc))}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("desktop-ft: aborted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: keep the traceback for the report, not for the screen
        log = write_crash_report(exc)
        print(redact(f"desktop-ft: internal error ({type(exc).__name__}: {exc}); this is a "
                     f"bug, details in {log}"), file=sys.stderr)
        return EXIT_BUG
