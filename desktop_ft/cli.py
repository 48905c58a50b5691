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

EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument as one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _stderr_emit(quiet: bool = False) -> ev.Emit:
    def emit(event: ev.Event) -> None:
        if quiet and isinstance(event, ev.Progress) and event.step % 10 and \
                event.step != event.total_steps:
            return
        line = describe(event)
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
            value = result[key]
            if isinstance(value, float):
                value = f"{value:.4f}"
            print(f"{label:<{width}}  {value}")


# verbs -------------------------------------------------------------------------------------

def _cmd_gui(args: argparse.Namespace) -> int:
    from desktop_ft.gui.app import main as gui_main

    return gui_main([])


def _cmd_train(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

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
    result = _run_job(jobs.train, request)
    _print_result(result, args.json, [("run", "run_dir"), ("status", "status"),
                                      ("steps", "steps"), ("loss first", "loss_first"),
                                      ("loss last", "loss_last"), ("merged", "merged_dir")])
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    request = jobs.ExportRequest(source=Path(args.source), precision=args.precision,
                                 target=args.target, block_size=args.block_size,
                                 accuracy_level=args.accuracy_level,
                                 out_dir=Path(args.out) if args.out else None)
    result = _run_job(jobs.export, request)
    _print_result(result, args.json, [("export", "export_dir"), ("bytes", "export_bytes"),
                                      ("parity", "parity_verdict")])
    return EXIT_OK


def _cmd_chat(args: argparse.Namespace) -> int:
    from desktop_ft import jobs

    prompts = [args.prompt] if args.prompt else None
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
                                                              args.max_new_tokens))
                print(answer["answer"], flush=True)
        if sys.stdin.isatty():
            return EXIT_OK
    answers = [_run_job(jobs.chat, jobs.ChatRequest(Path(args.source), p, args.max_new_tokens))
               for p in prompts]
    if args.json:
        print(json.dumps(answers if len(answers) != 1 else answers[0], indent=2,
                         ensure_ascii=False))
    else:
        for item in answers:
            print(item["answer"])
    return EXIT_OK


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
    p.add_argument("--json", action="store_true", help="print the result as one JSON document")
    p.set_defaults(func=_cmd_train)

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
    p.add_argument("--out", metavar="DIR", help="output folder (default: RUN/export/<target>)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("chat", help="ask a run, a model folder or an ONNX folder")
    p.add_argument("source", metavar="RUN|MODEL_DIR|ONNX_DIR")
    p.add_argument("--prompt", help="one prompt; without it, one prompt per line from stdin")
    p.add_argument("--max-new-tokens", type=int, default=64)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_chat)

    p = sub.add_parser("demo", help="the whole path on the bundled demo model",
                       description="Build the demo model if needed, fine-tune it with LoRA, merge, "
                       "export to ONNX, check parity and answer a prompt with the export.")
    p.add_argument("--max-steps", type=int, help="training steps (default: the demo config's)")
    p.add_argument("--prompt", help="what to ask the exported model")
    p.add_argument("--precision", choices=cfg.EXPORT_PRECISIONS, default="int4")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        args.func = _cmd_gui
    try:
        return args.func(args)
    except UserError as exc:
        print(f"desktop-ft: error: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("desktop-ft: aborted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: keep the traceback for the report, not for the screen
        log = write_crash_report(exc)
        print(f"desktop-ft: internal error ({type(exc).__name__}: {exc}); this is a bug, "
              f"details in {log}", file=sys.stderr)
        return EXIT_BUG
