"""The OpenAI-compatible fine-tuning API, through the official `openai` client.

One implementation serves both Azure AI Foundry / Azure OpenAI (`AzureOpenAI`: the endpoint is
the resource, requests go to <endpoint>/openai/... with an api-version) and OpenAI itself
(`OpenAI`: the endpoint is the API base URL). The client's own retries are off: polling retries
with its own backoff (job.py), and creating a job is not repeated blindly, since a retried POST
could start a second, billed job.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError
from desktop_ft.core.secrets import redact
from desktop_ft.hosted import credentials
from desktop_ft.hosted.provider import (
    CheckpointInfo,
    ConnectionLost,
    JobSpec,
    JobState,
    ServiceEvent,
)

REQUEST_TIMEOUT_S = 60.0
FILE_WAIT_S = 600.0  # how long an uploaded file may stay in processing before we give up
EVENT_PAGE = 100
MAX_EVENT_PAGES = 50


def _service_message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        message = body.get("message") or (body.get("error") or {}).get("message")
        if message:
            return redact(str(message))
    return redact(str(getattr(exc, "message", exc)))


class OpenAICompatibleProvider:
    """HostedProvider over `openai.OpenAI` or `openai.AzureOpenAI`."""

    def __init__(self, hosted: cfg.HostedConfig, endpoint: str, poll_s: float = 5.0) -> None:
        import openai

        self.name = hosted.provider
        self.endpoint = endpoint
        self.poll_s = poll_s
        common: dict[str, Any] = {"max_retries": 0, "timeout": REQUEST_TIMEOUT_S}
        if hosted.provider == "azure":
            if hosted.auth == "entra":
                auth: dict[str, Any] = {
                    "azure_ad_token_provider": credentials.entra_token_provider()}
            else:
                auth = {"api_key": credentials.api_key("azure")}
            self.client: Any = openai.AzureOpenAI(azure_endpoint=endpoint,
                                                  api_version=hosted.api_version, **auth,
                                                  **common)
        else:
            self.client = openai.OpenAI(base_url=endpoint, api_key=credentials.api_key("openai"),
                                        **common)
        self._openai = openai

    # errors --------------------------------------------------------------------------------
    def _call(self, what: str, function: Any, *args: Any, **kwargs: Any) -> Any:
        """Call the client; the service's answer becomes UserError or ConnectionLost."""
        openai = self._openai
        try:
            return function(*args, **kwargs)
        except (openai.APIConnectionError, openai.InternalServerError,
                openai.RateLimitError) as exc:
            raise ConnectionLost(f"{what}: {_service_message(exc)}") from None
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise UserError(f"the service refused the credentials ({_service_message(exc)})",
                            where=f"{self.endpoint} ({what})",
                            hint="check the endpoint and store the key again with "
                            "'desktop-ft hosted login'", key="hosted.auth_refused") from None
        except openai.NotFoundError as exc:
            raise UserError(f"not found at the service ({_service_message(exc)})",
                            where=f"{self.endpoint} ({what})",
                            hint="check the endpoint, the api_version and the model name",
                            key="hosted.not_found") from None
        except openai.APIStatusError as exc:
            raise UserError(f"the service rejected the request ({_service_message(exc)})",
                            where=f"{self.endpoint} ({what})", key="hosted.rejected") from None

    # files ---------------------------------------------------------------------------------
    def upload(self, path: Path) -> str:
        with open(path, "rb") as handle:
            uploaded = self._call(f"upload {path.name}", self.client.files.create,
                                  file=(path.name, handle), purpose="fine-tune")
        deadline = time.monotonic() + FILE_WAIT_S
        while True:
            status = getattr(uploaded, "status", None) or "processed"
            if status == "error":
                details = redact(str(getattr(uploaded, "status_details", "") or "no details"))
                raise UserError(f"the service rejected {path.name}: {details}",
                                where=f"{self.endpoint} (file {uploaded.id})",
                                hint="fix the data and prepare again", key="hosted.file_rejected")
            if status == "processed" or time.monotonic() > deadline:
                return str(uploaded.id)
            time.sleep(min(self.poll_s, 5.0))
            uploaded = self._call("file status", self.client.files.retrieve, uploaded.id)

    # jobs ----------------------------------------------------------------------------------
    def create_job(self, spec: JobSpec) -> JobState:
        hyper: dict[str, Any] = {}
        if spec.epochs:
            hyper["n_epochs"] = spec.epochs
        if spec.batch_size:
            hyper["batch_size"] = spec.batch_size
        if spec.learning_rate_multiplier:
            hyper["learning_rate_multiplier"] = spec.learning_rate_multiplier
        kwargs: dict[str, Any] = {
            "model": spec.model, "training_file": spec.training_file,
            "method": {"type": spec.method, spec.method: {"hyperparameters": hyper}},
        }
        if spec.validation_file:
            kwargs["validation_file"] = spec.validation_file
        if spec.suffix:
            kwargs["suffix"] = spec.suffix
        if spec.seed is not None:
            kwargs["seed"] = spec.seed
        return _state(self._call("create job", self.client.fine_tuning.jobs.create, **kwargs))

    def job(self, job_id: str) -> JobState:
        return _state(self._call("job status", self.client.fine_tuning.jobs.retrieve, job_id))

    def cancel(self, job_id: str) -> JobState:
        return _state(self._call("cancel", self.client.fine_tuning.jobs.cancel, job_id))

    def events_since(self, job_id: str, seen: set[str]) -> list[ServiceEvent]:
        """New events, oldest first. The service lists newest first, so page back until an
        event we already have."""
        found: list[ServiceEvent] = []
        after: str | None = None
        for _ in range(MAX_EVENT_PAGES):
            kwargs: dict[str, Any] = {"limit": EVENT_PAGE}
            if after:
                kwargs["after"] = after
            page = self._call("job events", self.client.fine_tuning.jobs.list_events, job_id,
                              **kwargs)
            items = list(page.data)
            for item in items:
                if item.id in seen:
                    return found[::-1]
                found.append(_event(item))
            if not items or not getattr(page, "has_more", False):
                break
            after = items[-1].id
        return found[::-1]

    def checkpoints(self, job_id: str) -> list[CheckpointInfo]:
        page = self._call("checkpoints", self.client.fine_tuning.jobs.checkpoints.list, job_id,
                          limit=100)
        found = []
        for item in page.data:
            metrics = item.metrics.model_dump(exclude_none=True) if item.metrics else {}
            found.append(CheckpointInfo(id=item.id, step=int(item.step_number),
                                        model=item.fine_tuned_model_checkpoint, metrics=metrics))
        return sorted(found, key=lambda c: c.step)


def _state(job: Any) -> JobState:
    error = None
    if getattr(job, "error", None) is not None and getattr(job.error, "message", None):
        error = redact(job.error.message)
    return JobState(id=job.id, status=str(job.status), model=str(job.model or ""),
                    fine_tuned_model=job.fine_tuned_model, trained_tokens=job.trained_tokens,
                    error=error, estimated_finish=getattr(job, "estimated_finish", None),
                    result_files=list(job.result_files or []))


def _event(item: Any) -> ServiceEvent:
    data = item.data if isinstance(item.data, dict) else None
    return ServiceEvent(id=item.id, created_at=int(item.created_at),
                        message=redact(str(item.message)), level=str(item.level or "info"),
                        type=str(item.type or "message"), data=data)
