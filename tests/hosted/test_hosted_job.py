"""The hosted jobs through the real `openai` client against the service test double on 127.0.0.1:
success, a failed job, a rejected file, refused credentials, network loss, stop = detach or
cancel, and following a job again after the app restarted (a new process, from the run folder).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fake_service import FakeService
from hosted_helpers import PLANTED_KEY, REPO, child_env, files_containing, write_config

from desktop_ft import jobs
from desktop_ft.cli import main as cli_main
from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.runs import RunFolder
from desktop_ft.hosted import credentials

FAST = {"poll_s": 0.02, "max_backoff_s": 0.2}


def _request(config_path: Path, service: FakeService, provider: str = "azure",
             **extra: object) -> jobs.HostedTrainRequest:
    endpoint = service.azure_url if provider == "azure" else service.openai_url
    credentials.login(provider, endpoint, PLANTED_KEY)
    config = cfg.load(config_path)
    return jobs.HostedTrainRequest(config=config, endpoint=endpoint, confirmed=True,
                                   runs_root=config_path.parent / "runs", **{**FAST, **extra})


def _run(request: object, job=jobs.hosted_train, stop: threading.Event | None = None,
         on_event=None) -> tuple[dict | None, list[ev.Event], Exception | None]:
    events: list[ev.Event] = []
    stop = stop or threading.Event()

    def emit(event: ev.Event) -> None:
        events.append(event)
        if on_event is not None:
            on_event(event, stop)

    try:
        return job(request, emit, stop), events, None
    except UserError as exc:
        return None, events, exc


def _steps(events: list[ev.Event]) -> list[int]:
    return [e.step for e in events if isinstance(e, ev.Progress)]


def test_success_azure_uploads_trains_and_writes_a_run_folder(tmp_path: Path,
                                                              service: FakeService) -> None:
    config_path = write_config(tmp_path)
    data_before = (tmp_path / "chats.jsonl").read_bytes()
    result, events, error = _run(_request(config_path, service))
    assert error is None, error
    assert result["status"] == "finished" and result["job_status"] == "succeeded"
    assert result["fine_tuned_model"].startswith("ft:gpt-4.1-mini-2025-04-14:plants")
    assert _steps(events) == [1, 2, 3, 4, 5, 6]
    progress = [e for e in events if isinstance(e, ev.Progress)]
    assert all(p.total_steps == 6 for p in progress)
    assert progress[0].loss > progress[-1].loss
    assert [e.step for e in events if isinstance(e, ev.Eval)] == [2, 4, 6]
    assert isinstance(events[-1], ev.Finished)
    # what the service received: Azure paths with an api-version, the key, the converted data
    assert all(path.startswith("/openai/") and "api-version=2025-04-01-preview" in path
               for _, path in service.requests)
    assert set(service.keys_seen) == {PLANTED_KEY}
    job = next(iter(service.jobs.values()))
    assert job.hyperparameters == {"n_epochs": 2} and job.seed == 11 and job.suffix == "plants"
    uploaded = service.files[job.training_file]["lines"]
    assert len(uploaded) == 32 and len(service.files[job.validation_file]["lines"]) == 8
    assert all(set(row) == {"messages"} for row in uploaded)
    # the run folder: config, manifest with the hosted section, metrics, what was sent
    run = RunFolder(Path(result["run_dir"]))
    manifest = run.read_manifest()
    assert manifest["status"] == "finished"
    assert manifest["hosted"]["job_id"] == job.id
    assert manifest["hosted"]["endpoint"] == service.azure_url
    assert manifest["hosted"]["provider"] == "azure"
    assert manifest["hosted"]["status"] == "succeeded"
    assert [c["step"] for c in manifest["hosted"]["checkpoints"]] == [3, 6]
    assert manifest["loss_last"] == progress[-1].loss
    assert [s for s, _ in run.loss_curves()[0]] == [1, 2, 3, 4, 5, 6]
    sent = [json.loads(line) for line in (run.path / "upload" / "train.jsonl").read_text(
        encoding="utf-8").splitlines()]
    assert sent == uploaded
    assert cfg.load(run.config_path).hosted.provider == "azure"
    assert (tmp_path / "chats.jsonl").read_bytes() == data_before  # the user's file untouched
    assert files_containing(tmp_path, PLANTED_KEY) == [tmp_path / "keyring.json"]


def test_openai_provider_and_nothing_without_confirmation(tmp_path: Path,
                                                         service: FakeService) -> None:
    request = _request(write_config(tmp_path, provider="openai"), service, provider="openai")
    request.confirmed = False
    _, _, error = _run(request)
    assert error is not None and error.key == "hosted.not_confirmed"
    assert service.requests == [] and not (tmp_path / "runs").exists()
    request.confirmed = True
    result, _, error = _run(request)
    assert error is None and result["job_status"] == "succeeded"
    assert all(path.startswith("/v1/") for _, path in service.requests)


def test_failed_job_is_a_user_error_with_the_services_reason(tmp_path: Path,
                                                             service: FakeService) -> None:
    service.fail_at = 2
    _, events, error = _run(_request(write_config(tmp_path), service))
    assert error is not None and error.key == "hosted.job_failed"
    assert "invalid training file" in error.message
    assert _steps(events) == [1, 2]
    run = RunFolder(next((tmp_path / "runs").iterdir()))
    manifest = run.read_manifest()
    assert manifest["status"] == "failed" and manifest["hosted"]["status"] == "failed"
    assert isinstance(run.events()[-1], ev.Failed)


def test_rejected_file_stops_before_a_job_is_created(tmp_path: Path,
                                                     service: FakeService) -> None:
    service.reject_files = "Invalid file format: line 3 is not valid JSON"
    _, _, error = _run(_request(write_config(tmp_path), service))
    assert error is not None and error.key == "hosted.file_rejected"
    assert "line 3 is not valid JSON" in error.message
    assert service.jobs == {}
    assert RunFolder(next((tmp_path / "runs").iterdir())).read_manifest()["status"] == "failed"


def test_refused_key_never_reaches_messages_or_files(tmp_path: Path, service: FakeService,
                                                     capfd: pytest.CaptureFixture) -> None:
    service.api_key = "sk-the-right-one-0000000000"
    _, _, error = _run(_request(write_config(tmp_path), service))
    assert error is not None and error.key == "hosted.auth_refused"
    # the double echoes a masked key, as the real service does: redacted all the same
    assert PLANTED_KEY not in str(error) and PLANTED_KEY[:6] + "***" not in str(error)
    out = capfd.readouterr()
    assert PLANTED_KEY not in out.out + out.err
    assert files_containing(tmp_path, PLANTED_KEY) == [tmp_path / "keyring.json"]
    assert files_containing(tmp_path / "runs", "sk-test") == []


def test_network_loss_mid_poll_backs_off_and_resumes(tmp_path: Path,
                                                     service: FakeService) -> None:
    service.total_steps = 8
    outage = threading.Event()

    def on_event(event: ev.Event, stop: threading.Event) -> None:
        if isinstance(event, ev.Progress) and event.step == 3 and not outage.is_set():
            outage.set()
            service.stop()  # the network goes away in the middle of following the job
            threading.Timer(0.6, service.start).start()

    result, events, error = _run(_request(write_config(tmp_path), service), on_event=on_event)
    assert error is None, error
    lost = [e for e in events if isinstance(e, ev.Log) and "lost the connection" in e.message]
    assert len(lost) >= 2 and all(e.level == "warning" for e in lost)
    assert "keeps running at the service" in lost[0].message
    assert any(isinstance(e, ev.Log) and e.message.startswith("connection restored")
               for e in events)
    delays = [float(e.message.rsplit(" in ", 1)[1].split()[0]) for e in lost]
    assert delays[:3] == sorted(delays[:3]) and max(delays) <= FAST["max_backoff_s"]
    assert _steps(events) == list(range(1, 9))  # every step once, none lost or repeated
    assert result["job_status"] == "succeeded" and len(service.jobs) == 1


def test_offline_too_long_detaches_with_a_clear_message(tmp_path: Path,
                                                        service: FakeService) -> None:
    def on_event(event: ev.Event, stop: threading.Event) -> None:
        if isinstance(event, ev.Progress) and event.step == 1:
            service.stop()

    request = _request(write_config(tmp_path), service, max_offline_s=0.3)
    _, _, error = _run(request, on_event=on_event)
    assert error is not None and error.key == "hosted.offline"
    assert "hosted follow" in error.hint
    run = RunFolder(next((tmp_path / "runs").iterdir()))
    assert run.read_manifest()["status"] == "detached"


def test_stop_detaches_then_a_new_process_follows_the_same_job(
        tmp_path: Path, service: FakeService, test_keyring: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    def on_event(event: ev.Event, stop: threading.Event) -> None:
        if isinstance(event, ev.Progress) and event.step == 2:
            stop.set()  # the user closes the app: detach, the job keeps running

    result, _, error = _run(_request(write_config(tmp_path), service), on_event=on_event)
    assert error is None and result["status"] == "stopped"
    run = RunFolder(Path(result["run_dir"]))
    assert run.read_manifest()["status"] == "detached"
    job = next(iter(service.jobs.values()))
    assert job.status == "running"  # not cancelled
    uploads = service.count("POST", r"/files$")
    # "after the app restarts": a new process, knowing only the run folder
    cli = [sys.executable, "-m", "desktop_ft", "hosted"]
    env = child_env(test_keyring)
    done = subprocess.run([*cli, "follow", str(run.path), "--poll", "0.02", "--json"], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    followed = json.loads(done.stdout)
    assert followed["job_id"] == job.id and followed["job_status"] == "succeeded"
    assert service.count("POST", r"/files$") == uploads and len(service.jobs) == 1
    assert [s for s, _ in run.loss_curves()[0]] == [1, 2, 3, 4, 5, 6]
    steps = [e.step for e in run.events() if isinstance(e, ev.Progress)]
    assert steps == [1, 2, 3, 4, 5, 6]  # nothing plotted twice across the two processes
    monkeypatch.setenv("DESKTOP_FT_HOME", str(tmp_path))  # the run, by name, in this home
    assert cli_main(["hosted", "status", run.path.name, "--json"]) == 0
    status = capsys.readouterr()
    assert json.loads(status.out)["status"] == "finished"
    assert PLANTED_KEY not in done.stdout + done.stderr + status.out + status.err
    assert files_containing(run.path, PLANTED_KEY) == []


def test_cancel_on_stop_and_cancel_later(tmp_path: Path, service: FakeService) -> None:
    def on_event(event: ev.Event, stop: threading.Event) -> None:
        if isinstance(event, ev.Progress) and event.step == 1:
            stop.set()

    request = _request(write_config(tmp_path), service, cancel_on_stop=True)
    result, _, error = _run(request, on_event=on_event)
    assert error is None and result["status"] == "cancelled"
    assert next(iter(service.jobs.values())).status == "cancelled"
    # a detached run cancelled afterwards (desktop-ft hosted cancel RUN)
    request.cancel_on_stop = False
    result, _, _ = _run(request, on_event=on_event)
    assert result["status"] == "stopped"
    start = time.monotonic()
    cancelled, _, error = _run(jobs.HostedFollowRequest(run=Path(result["run_dir"]),
                                                        cancel=True), job=jobs.hosted_follow)
    assert error is None and cancelled["job_status"] == "cancelled"
    assert time.monotonic() - start < 10
    assert RunFolder(Path(result["run_dir"])).read_manifest()["status"] == "cancelled"


def test_following_a_local_run_is_a_user_error(tmp_path: Path) -> None:
    run = RunFolder.create("local", tmp_path)
    (run.path / "config.yaml").write_text("model: demo\n")
    _, _, error = _run(jobs.HostedFollowRequest(run=run.path), job=jobs.hosted_follow)
    assert error is not None and error.key == "hosted.not_hosted"


def test_entra_sign_in_without_azure_identity_says_what_to_install(
        tmp_path: Path, service: FakeService) -> None:
    try:
        import azure.identity  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("azure-identity is installed: this checks the message when it is not")
    request = _request(write_config(tmp_path, auth="entra"), service)
    _, _, error = _run(request)
    assert error is not None and error.key == "hosted.no_azure_identity"
    assert service.requests == [] and not (tmp_path / "runs").exists()
