"""The hosted fine-tuning jobs: prepare, train (upload + create + follow), follow, cancel.

A hosted run has a run folder like a local one (config.yaml, manifest.json, metrics.jsonl,
log.txt), so it shows in Runs and plots next to local runs, plus:
  upload/train.jsonl, upload/validation.jsonl   exactly what was sent
  hosted_events.jsonl                            the service's events, as received
and `manifest["hosted"] = {provider, endpoint, job_id, status, ...}`. Following is therefore
resumable from the folder alone: a new process reads the job id and the events it already has,
and continues without uploading or creating anything again.

Stop detaches by default: the job keeps running (and billing) at the service, and
`desktop-ft hosted follow RUN` picks it up again; with `cancel_on_stop` stop cancels it there.
A network that goes away is ridden out with exponential backoff and said so in the log.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop_ft import __version__
from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.crash import write_crash_report
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import (
    HostedFollowRequest,
    HostedPrepareRequest,
    HostedTrainRequest,
)
from desktop_ft.core.runs import RunFolder, atomic_write_bytes, atomic_write_text, sha256_file
from desktop_ft.core.secrets import redact
from desktop_ft.hosted import credentials, dataset
from desktop_ft.hosted.provider import (
    ConnectionLost,
    HostedProvider,
    JobSpec,
    JobState,
    ServiceEvent,
)

SERVICE_EVENTS = "hosted_events.jsonl"
UPLOAD_DIR = "upload"
_STEP_MESSAGE = re.compile(r"Step (\d+)/(\d+): training loss=([0-9.eE+-]+)")


def make_provider(hosted: cfg.HostedConfig, endpoint: str, poll_s: float) -> HostedProvider:
    from desktop_ft.hosted.openai_compat import OpenAICompatibleProvider

    return OpenAICompatibleProvider(hosted, endpoint, poll_s=poll_s)


# prepare -----------------------------------------------------------------------------------

def prepare(request: HostedPrepareRequest, emit: ev.Emit,
            stop: threading.Event) -> dict[str, Any]:
    """Converted data, problems, token estimate and the destination; uploads nothing."""
    config = cfg.validate(request.config)
    summary = dataset.prepare(config).summary()
    provider = config.hosted.provider
    summary.update(provider=provider, provider_label=credentials.LABELS[provider],
                   auth=config.hosted.auth, endpoint="", endpoint_problem="",
                   has_key=config.hosted.auth == "entra" or credentials.has_key(provider))
    try:
        summary["endpoint"] = credentials.destination(provider, config.hosted.endpoint)
    except UserError as exc:
        summary["endpoint_problem"] = str(exc)
    return summary


# train -------------------------------------------------------------------------------------

def train(request: HostedTrainRequest, emit: ev.Emit, stop: threading.Event) -> dict[str, Any]:
    """Upload the converted dataset, create the job and follow it to its end (or a stop)."""
    config = cfg.validate(request.config)
    if not request.confirmed or not request.endpoint:
        raise UserError("nothing was uploaded: the upload to the service was not confirmed",
                        where="hosted train", hint="review 'desktop-ft hosted prepare CONFIG', "
                        "then run 'desktop-ft hosted train CONFIG --yes'",
                        key="hosted.not_confirmed")
    endpoint = credentials.destination(config.hosted.provider, request.endpoint)
    prepared = dataset.prepare(config)
    if not prepared.ok:
        errors = [p for p in prepared.problems if p.severity == "error"]
        raise UserError(f"the dataset breaks the service's rules ({len(errors)} problems; "
                        f"first: {errors[0].message})", where=errors[0].where,
                        hint="see 'desktop-ft hosted prepare CONFIG' for the list",
                        key="hosted.invalid_data")
    poll_s = request.poll_s or config.hosted.poll_seconds
    provider = make_provider(config.hosted, endpoint, poll_s)  # fails early: no key
    run = RunFolder.create(config.name or f"{prepared.base_model}-hosted", request.runs_root)
    atomic_write_text(run.config_path, cfg.dump(config))
    files = {"train": run.path / UPLOAD_DIR / "train.jsonl"}
    atomic_write_bytes(files["train"], dataset.jsonl_bytes(prepared.train))
    if prepared.validation:
        files["validation"] = run.path / UPLOAD_DIR / "validation.jsonl"
        atomic_write_bytes(files["validation"], dataset.jsonl_bytes(prepared.validation))
    summary = prepared.summary()
    summary.pop("problems")
    hosted = {"provider": config.hosted.provider, "endpoint": endpoint, "job_id": None,
              "status": "uploading", "base_model": prepared.base_model}
    run.update_manifest(name=run.path.name, status="running", created=time.time(),
                        versions={"desktop_ft": __version__, "openai": _openai_version()},
                        data_path=config.data.path, data_sha256=sha256_file(
                            Path(config.data.path)), data=summary, seed=config.train.seed,
                        hosted=hosted)
    writer = run.event_writer()

    def tee(event: ev.Event) -> None:
        writer(event)
        emit(event)

    try:
        tee(ev.Log(message=f"uploading {len(prepared.train)} training and "
                   f"{len(prepared.validation)} validation examples to {endpoint}"))
        training_file = provider.upload(files["train"])
        validation_file = provider.upload(files["validation"]) if "validation" in files else None
        hosted.update(training_file=training_file, validation_file=validation_file)
        if stop.is_set():
            hosted["status"] = "not started"
            run.update_manifest(status="stopped", hosted=hosted)
            tee(ev.Log(message="stopped before the job was created; nothing is training"))
            return _result(run, "stopped")
        state = provider.create_job(JobSpec(
            model=prepared.base_model, training_file=training_file,
            validation_file=validation_file, epochs=config.hosted.epochs,
            batch_size=config.hosted.batch_size,
            learning_rate_multiplier=config.hosted.learning_rate_multiplier,
            suffix=config.hosted.suffix, seed=config.train.seed))
        hosted.update(job_id=state.id, status=state.status)
        run.update_manifest(hosted=hosted)
        tee(ev.Log(message=f"created fine-tuning job {state.id} for {prepared.base_model}; "
                   f"follow it later with: desktop-ft hosted follow {run.path}"))
        return _Follower(run, provider, state.id, tee, stop, request.cancel_on_stop,
                         poll_s, request.max_backoff_s, request.max_offline_s).run()
    except ConnectionLost as exc:
        _mark(run, "failed", error=str(exc))
        error = UserError(f"could not reach the service: {exc}", where=endpoint,
                          hint="check the network and the endpoint, then try again",
                          key="hosted.unreachable")
        tee(ev.Failed(message=error.message, where=error.where, hint=error.hint,
                      user_error=True))
        raise error from None
    except UserError as exc:
        manifest = run.read_manifest()
        if manifest.get("status") not in ("failed", "detached"):
            # after the job was created it may still be running there: follow can pick it up
            created = bool(manifest.get("hosted", {}).get("job_id"))
            _mark(run, "detached" if created else "failed", error=str(exc))
        tee(ev.Failed(message=exc.message, where=exc.where, hint=exc.hint, user_error=True))
        raise
    except KeyboardInterrupt:  # aborted (Ctrl-C twice): the job, if any, runs on
        _mark(run, "detached" if run.read_manifest().get("hosted", {}).get("job_id")
              else "stopped")
        raise
    except Exception as exc:  # a bug: its (redacted) traceback goes to the run's log
        log = write_crash_report(exc, run.log_path)
        _mark(run, "failed", error=f"{type(exc).__name__}: {exc}")
        tee(ev.Failed(message=redact(f"{type(exc).__name__}: {exc}"), log_path=str(log)))
        raise
    finally:
        writer.close()


# follow, status, cancel --------------------------------------------------------------------

def follow(request: HostedFollowRequest, emit: ev.Emit, stop: threading.Event) -> dict[str, Any]:
    """Continue a hosted run from its folder: poll (after a restart), look once, or cancel."""
    run = RunFolder.open(request.run)
    hosted = dict(run.read_manifest().get("hosted") or {})
    if not hosted:
        raise UserError("not a hosted run (its manifest has no 'hosted' section)",
                        where=str(run.path), hint="local runs continue with 'desktop-ft train "
                        "--resume RUN'", key="hosted.not_hosted")
    if not hosted.get("job_id"):
        raise UserError("this hosted run never created a job at the service",
                        where=str(run.path), hint="start a new one with 'desktop-ft hosted "
                        "train CONFIG --yes'", key="hosted.no_job")
    config = cfg.load(run.config_path)
    poll_s = request.poll_s or config.hosted.poll_seconds
    provider = make_provider(config.hosted, hosted["endpoint"], poll_s)
    job_id = str(hosted["job_id"])
    if request.cancel:
        state = _connected(provider.cancel, job_id, hosted["endpoint"])
        _mark(run, "cancelled" if state.status in ("cancelled", "cancelling") else "running",
              job_status=state.status)
        emit(ev.Log(message=f"asked the service to cancel job {job_id}: now {state.status}"))
        return _result(run, "cancelled", state)
    if request.once:
        state = _connected(provider.job, job_id, hosted["endpoint"])
        if state.done:
            _finish_manifest(run, state)
        else:
            _mark(run, run.read_manifest().get("status") or "detached", job_status=state.status)
        return _result(run, _status_word(state), state)
    writer = run.event_writer()

    def tee(event: ev.Event) -> None:
        writer(event)
        emit(event)

    try:
        tee(ev.Log(message=f"following job {job_id} at {hosted['endpoint']} again"))
        return _Follower(run, provider, job_id, tee, stop, request.cancel_on_stop,
                         poll_s, request.max_backoff_s, request.max_offline_s).run()
    except UserError as exc:
        tee(ev.Failed(message=exc.message, where=exc.where, hint=exc.hint, user_error=True))
        raise
    finally:
        writer.close()


def _connected(call: Any, job_id: str, endpoint: str) -> JobState:
    try:
        return call(job_id)
    except ConnectionLost as exc:
        raise UserError(f"could not reach the service: {exc}", where=endpoint,
                        hint="check the network, then try again", key="hosted.unreachable") \
            from None


class _Follower:
    """Polls one job until it ends, the user stops, or the network stays away too long."""

    def __init__(self, run: RunFolder, provider: HostedProvider, job_id: str, emit: ev.Emit,
                 stop: threading.Event, cancel_on_stop: bool, poll_s: float,
                 max_backoff_s: float, max_offline_s: float) -> None:
        self.run_folder, self.provider, self.job_id = run, provider, job_id
        self.emit, self.stop, self.cancel_on_stop = emit, stop, cancel_on_stop
        self.poll_s, self.max_backoff_s, self.max_offline_s = poll_s, max_backoff_s, max_offline_s
        self.seen = _seen_event_ids(run)
        self.steps = {s for s, _ in run.loss_curves()[0]}
        self.eval_steps = {s for s, _ in run.loss_curves()[1]}
        self.total_steps: int | None = None
        self.status = ""

    def run(self) -> dict[str, Any]:
        _mark(self.run_folder, "running")
        failures, offline_since = 0, None
        state: JobState | None = None
        while True:
            if self.stop.is_set():
                return self._stopped(state)
            try:
                state = self.provider.job(self.job_id)
                new_events = self.provider.events_since(self.job_id, self.seen)
            except ConnectionLost as exc:
                now = time.monotonic()
                offline_since = offline_since if offline_since is not None else now
                failures += 1
                delay = min(self.max_backoff_s, self.poll_s * 2 ** (failures - 1))
                if now - offline_since > self.max_offline_s:
                    _mark(self.run_folder, "detached")
                    raise UserError(
                        f"no connection to the service for {now - offline_since:,.0f} s "
                        f"({exc}); the job keeps running there", where=self.provider.endpoint,
                        hint=f"follow it again later: desktop-ft hosted follow "
                        f"{self.run_folder.path}", key="hosted.offline") from None
                self.emit(ev.Log(level="warning", message=(
                    f"lost the connection to {self.provider.endpoint} ({exc}); the job keeps "
                    f"running at the service. Retry {failures} in {delay:,.1f} s")))
                self.stop.wait(delay)
                continue
            if offline_since is not None:
                self.emit(ev.Log(message=f"connection restored after "
                                 f"{time.monotonic() - offline_since:,.1f} s; following again"))
                failures, offline_since = 0, None
            self._handle(state, new_events)
            if state.done:
                return self._ended(state)
            self.stop.wait(self.poll_s)

    # events --------------------------------------------------------------------------------
    def _handle(self, state: JobState, events: list[ServiceEvent]) -> None:
        if events:
            with open(self.run_folder.path / SERVICE_EVENTS, "a", encoding="utf-8") as handle:
                for item in events:
                    handle.write(json.dumps(asdict(item), ensure_ascii=False) + "\n")
        for item in events:
            self.seen.add(item.id)
            self._translate(item, state)
        if state.status != self.status:
            self.status = state.status
            _mark(self.run_folder, None, job_status=state.status)
            self.emit(ev.Log(message=f"job {self.job_id}: {state.status}"))

    def _translate(self, item: ServiceEvent, state: JobState) -> None:
        data = item.data or {}
        if item.type != "metrics" or "step" not in data:
            match = _STEP_MESSAGE.search(item.message)
            if match is None:
                level = {"warn": "warning"}.get(item.level, item.level)
                self.emit(ev.Log(message=f"service: {item.message}", level=level))
                return
            data = {"step": match.group(1), "total_steps": match.group(2),
                    "train_loss": match.group(3)}
        step = int(float(data["step"]))
        if data.get("total_steps"):
            self.total_steps = int(float(data["total_steps"]))
        total = max(self.total_steps or step, step)
        eta = None
        if state.estimated_finish:
            eta = max(0.0, state.estimated_finish - time.time())
        if step not in self.steps and data.get("train_loss") is not None:
            self.steps.add(step)
            self.emit(ev.Progress(step=step, total_steps=total, loss=float(data["train_loss"]),
                                  eta_s=eta))
        valid = data.get("full_valid_loss", data.get("valid_loss"))
        if valid is not None and step not in self.eval_steps:
            self.eval_steps.add(step)
            accuracy = data.get("full_valid_mean_token_accuracy",
                                data.get("valid_mean_token_accuracy"))
            self.emit(ev.Eval(step=step, eval_loss=float(valid), metrics={
                "valid_mean_token_accuracy": float(accuracy)} if accuracy is not None else None))

    # endings -------------------------------------------------------------------------------
    def _stopped(self, state: JobState | None) -> dict[str, Any]:
        run = self.run_folder
        if not self.cancel_on_stop:
            _mark(run, "detached")
            self.emit(ev.Log(message=f"detached: job {self.job_id} keeps running at the service;"
                             f" follow it again with: desktop-ft hosted follow {run.path}"))
            return _result(run, "stopped", state)
        try:
            state = self.provider.cancel(self.job_id)
        except ConnectionLost as exc:
            _mark(run, "detached")
            raise UserError(f"could not reach the service to cancel the job ({exc}); it keeps "
                            "running there", where=self.provider.endpoint,
                            hint=f"desktop-ft hosted cancel {run.path}",
                            key="hosted.cancel_unreachable") from None
        _mark(run, "cancelled", job_status=state.status)
        self.emit(ev.Log(message=f"cancelled job {self.job_id} at the service ({state.status})"))
        return _result(run, "cancelled", state)

    def _ended(self, state: JobState) -> dict[str, Any]:
        run = self.run_folder
        if state.status == "succeeded":
            try:
                checkpoints = self.provider.checkpoints(self.job_id)
            except (ConnectionLost, UserError) as exc:  # the model itself is there already
                checkpoints = []
                self.emit(ev.Log(level="warning", message=f"could not list checkpoints: {exc}"))
            run.update_manifest(hosted={**run.read_manifest().get("hosted", {}),
                                        "checkpoints": [asdict(c) for c in checkpoints]})
            for checkpoint in checkpoints:
                self.emit(ev.Log(message=f"checkpoint at step {checkpoint.step}: "
                                 f"{checkpoint.model}"))
        _finish_manifest(run, state)
        result = _result(run, _status_word(state), state)
        if state.status == "failed":
            raise UserError(f"the hosted job failed: {state.error or 'no reason given'}",
                            where=f"job {self.job_id}", hint="fix what the service names and "
                            "start again; see the run's log.txt", key="hosted.job_failed")
        self.emit(ev.Finished(result=result))
        return result


# run folder helpers --------------------------------------------------------------------------

def _seen_event_ids(run: RunFolder) -> set[str]:
    seen: set[str] = set()
    path = run.path / SERVICE_EVENTS
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                seen.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                continue  # a torn last line: that event is fetched again
    return seen


def _mark(run: RunFolder, status: str | None, job_status: str | None = None,
          error: str | None = None) -> None:
    """Update the run's status and/or the job's status in the manifest."""
    manifest = run.read_manifest()
    changes: dict[str, Any] = {}
    if status is not None:
        changes["status"] = status
    if job_status is not None:
        changes["hosted"] = {**manifest.get("hosted", {}), "status": job_status}
    if error is not None:
        changes["error"] = redact(error)
    run.update_manifest(**changes)


def _finish_manifest(run: RunFolder, state: JobState) -> None:
    train_curve = [loss for _, loss in run.loss_curves()[0]]
    hosted = {**run.read_manifest().get("hosted", {}), "status": state.status,
              "fine_tuned_model": state.fine_tuned_model, "trained_tokens": state.trained_tokens,
              "result_files": state.result_files}
    changes: dict[str, Any] = {"status": _status_word(state), "hosted": hosted,
                               "steps": max((s for s, _ in run.loss_curves()[0]), default=0),
                               "loss_first": train_curve[0] if train_curve else None,
                               "loss_last": train_curve[-1] if train_curve else None}
    if state.error:
        changes["error"] = state.error
    run.update_manifest(**changes)


def _status_word(state: JobState) -> str:
    return {"succeeded": "finished", "failed": "failed", "cancelled": "cancelled"}.get(
        state.status, "running")


def _result(run: RunFolder, status: str, state: JobState | None = None) -> dict[str, Any]:
    manifest = run.read_manifest()
    hosted = manifest.get("hosted", {})
    curve = [loss for _, loss in run.loss_curves()[0]]
    return {
        "run_dir": str(run.path), "status": status,
        "job_id": hosted.get("job_id"), "job_status": state.status if state else
        hosted.get("status"), "endpoint": hosted.get("endpoint"),
        "fine_tuned_model": state.fine_tuned_model if state else hosted.get("fine_tuned_model"),
        "trained_tokens": state.trained_tokens if state else hosted.get("trained_tokens"),
        "steps": max((s for s, _ in run.loss_curves()[0]), default=0),
        "loss_first": curve[0] if curve else None, "loss_last": curve[-1] if curve else None,
        "checkpoints": [c.get("model") for c in hosted.get("checkpoints", [])],
        "billed_tokens_estimate": (manifest.get("data") or {}).get("billed_tokens_estimate"),
    }


def _openai_version() -> str:
    import importlib.metadata as md

    try:
        return md.version("openai")
    except md.PackageNotFoundError:  # pragma: no cover - a declared dependency
        return "unknown"

