"""A TEST DOUBLE of an OpenAI-compatible fine-tuning service, on 127.0.0.1, for the tests only.

The real services (Azure AI Foundry / Azure OpenAI, OpenAI) cannot run here, so this small
`http.server` speaks the documented endpoints the `openai` client calls: POST /files (multipart,
purpose=fine-tune), GET /files/{id}, POST/GET /fine_tuning/jobs, GET /fine_tuning/jobs/{id},
GET .../events (newest first, `after` cursor, `has_more`), GET .../checkpoints, POST .../cancel,
under either the OpenAI base path (/v1/...) or Azure's (/openai/...?api-version=...). It checks
the key (Authorization: Bearer for OpenAI, api-key for Azure) and, like the real service, echoes
a masked key in its 401 message. A job advances one state or one training step each time it is
read, so a test controls time by polling; `stop()` and `start()` on the same port play a network
that goes away and comes back. Its state outlives a restart, like the real service's.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse


@dataclass
class FakeJob:
    id: str
    model: str
    training_file: str
    validation_file: str | None
    hyperparameters: dict[str, Any]
    suffix: str | None
    seed: int
    total_steps: int
    fail_at: int | None
    status: str = "validating_files"
    step: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)  # oldest first
    error: dict[str, Any] | None = None
    fine_tuned_model: str | None = None
    created_at: int = field(default_factory=lambda: int(time.time()))

    def event(self, message: str, type_: str = "message", data: dict[str, Any] | None = None,
              level: str = "info") -> None:
        self.events.append({"id": f"ftevent-{self.id}-{len(self.events) + 1:04d}",
                            "object": "fine_tuning.job.event", "created_at": int(time.time()),
                            "level": level, "message": message, "type": type_, "data": data})

    def advance(self) -> None:
        """One tick of the simulated service: a state change or one training step."""
        if self.status == "validating_files":
            self.status = "queued"
            self.event("Files validated, moving job to queued state")
        elif self.status == "queued":
            self.status = "running"
            self.event(f"Fine-tuning job started for {self.model}")
        elif self.status == "running":
            self.step += 1
            loss = round(2.5 / (1 + 0.5 * self.step), 4)
            data: dict[str, Any] = {"step": self.step, "total_steps": self.total_steps,
                                    "train_loss": loss, "train_mean_token_accuracy": 0.5}
            if self.validation_file and self.step % 2 == 0:
                data["valid_loss"] = round(loss * 1.1, 4)
                data["valid_mean_token_accuracy"] = 0.45
            self.event(f"Step {self.step}/{self.total_steps}: training loss={loss}", "metrics",
                       data)
            if self.fail_at is not None and self.step >= self.fail_at:
                self.status = "failed"
                self.error = {"code": "invalid_training_file", "param": "training_file",
                              "message": "The job failed due to an invalid training file: "
                                         "3 examples exceed the context length."}
                self.event("The job failed due to an invalid training file", level="error")
            elif self.step >= self.total_steps:
                self.status = "succeeded"
                self.fine_tuned_model = f"ft:{self.model}:{self.suffix or 'custom'}:{self.id[-6:]}"
                self.event(f"New fine-tuned model created: {self.fine_tuned_model}")
                self.event("The job has successfully completed")

    def to_dict(self) -> dict[str, Any]:
        done = self.status in ("succeeded", "failed", "cancelled")
        return {
            "id": self.id, "object": "fine_tuning.job", "created_at": self.created_at,
            "error": self.error, "fine_tuned_model": self.fine_tuned_model,
            "finished_at": int(time.time()) if done else None,
            "hyperparameters": {"n_epochs": self.hyperparameters.get("n_epochs", "auto"),
                                "batch_size": self.hyperparameters.get("batch_size", "auto"),
                                "learning_rate_multiplier": self.hyperparameters.get(
                                    "learning_rate_multiplier", "auto")},
            "model": self.model, "organization_id": "org-test-double",
            "result_files": ["file-results"] if self.status == "succeeded" else [],
            "seed": self.seed, "status": self.status,
            "trained_tokens": 1234 if self.status == "succeeded" else None,
            "training_file": self.training_file, "validation_file": self.validation_file,
            "estimated_finish": None if done else int(time.time()) + 60,
            "method": {"type": "supervised",
                       "supervised": {"hyperparameters": self.hyperparameters}},
        }


class FakeService:
    """The service's state plus the HTTP server that exposes it; start/stop keep the state."""

    def __init__(self, api_key: str, total_steps: int = 6) -> None:
        self.api_key = api_key
        self.total_steps = total_steps
        self.fail_at: int | None = None
        self.reject_files: str | None = None  # status_details of a file the service rejects
        self.files: dict[str, dict[str, Any]] = {}
        self.jobs: dict[str, FakeJob] = {}
        self.requests: list[tuple[str, str]] = []
        self.keys_seen: list[str] = []
        self.lock = threading.Lock()
        self.port = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle -------------------------------------------------------------------------------
    def start(self) -> FakeService:
        service = self

        class Handler(_Handler):
            pass

        Handler.service = service
        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def openai_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def azure_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def count(self, method: str, pattern: str) -> int:
        return sum(1 for m, p in self.requests if m == method and re.search(pattern, p))

    # API -------------------------------------------------------------------------------------
    def handle(self, method: str, path: str, headers: Any, body: bytes) -> tuple[int, Any]:
        with self.lock:
            self.requests.append((method, path))
            key = headers.get("api-key") or headers.get("Authorization", "").removeprefix(
                "Bearer ")
            self.keys_seen.append(key)
            if key != self.api_key:
                masked = f"{key[:6]}***{key[-4:]}" if len(key) > 10 else "***"
                return 401, {"error": {"message": f"Incorrect API key provided: {masked}.",
                                       "type": "invalid_request_error", "code": "invalid_api_key"}}
            route = re.sub(r"^/(v1|openai)", "", urlparse(path).path)
            query = parse_qs(urlparse(path).query)
            if route == "/files" and method == "POST":
                return self._upload(headers, body)
            if match := re.fullmatch(r"/files/([^/]+)", route):
                return self._file(match.group(1))
            if route == "/fine_tuning/jobs" and method == "POST":
                return self._create(json.loads(body))
            if route == "/fine_tuning/jobs":
                return 200, {"object": "list", "has_more": False,
                             "data": [j.to_dict() for j in self.jobs.values()]}
            match = re.fullmatch(r"/fine_tuning/jobs/([^/]+)(/events|/checkpoints|/cancel)?",
                                 route)
            if not match or match.group(1) not in self.jobs:
                return 404, {"error": {"message": f"no such resource: {route}", "code": None}}
            job, action = self.jobs[match.group(1)], match.group(2)
            if action is None:
                job.advance()
                return 200, job.to_dict()
            if action == "/events":
                return 200, self._events(job, query)
            if action == "/checkpoints":
                return 200, self._checkpoints(job)
            if job.status not in ("succeeded", "failed", "cancelled"):
                job.status = "cancelled"
                job.event("Fine-tuning job cancelled")
            return 200, job.to_dict()

    def _upload(self, headers: Any, body: bytes) -> tuple[int, Any]:
        head = f"Content-Type: {headers.get('Content-Type')}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        fields: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            fields[name] = (part.get_filename(), part.get_payload(decode=True))
        if fields.get("purpose", (None, b""))[1] != b"fine-tune":
            return 400, {"error": {"message": "purpose must be fine-tune"}}
        filename, content = fields["file"]
        file_id = f"file-{len(self.files) + 1:03d}"
        lines = [json.loads(line) for line in content.decode("utf-8").splitlines()]
        self.files[file_id] = {"id": file_id, "object": "file", "bytes": len(content),
                               "created_at": int(time.time()), "filename": filename,
                               "purpose": "fine-tune", "status": "pending",
                               "lines": lines}
        return 200, self._file_view(file_id)

    def _file(self, file_id: str) -> tuple[int, Any]:
        if file_id not in self.files:
            return 404, {"error": {"message": f"no file {file_id}"}}
        record = self.files[file_id]
        if record["status"] == "pending":  # processed (or rejected) by the next look
            record["status"] = "error" if self.reject_files else "processed"
            record["status_details"] = self.reject_files
        return 200, self._file_view(file_id)

    def _file_view(self, file_id: str) -> dict[str, Any]:
        return {k: v for k, v in self.files[file_id].items() if k != "lines"}

    def _create(self, body: dict[str, Any]) -> tuple[int, Any]:
        if body.get("training_file") not in self.files:
            return 400, {"error": {"message": "invalid training_file", "param": "training_file"}}
        method = body.get("method") or {}
        hyper = (method.get(method.get("type", "supervised")) or {}).get("hyperparameters", {})
        job_id = f"ftjob-test{len(self.jobs) + 1:04d}"
        job = FakeJob(id=job_id, model=body["model"], training_file=body["training_file"],
                      validation_file=body.get("validation_file"), hyperparameters=hyper,
                      suffix=body.get("suffix"), seed=int(body.get("seed") or 7),
                      total_steps=self.total_steps, fail_at=self.fail_at)
        job.event(f"Created fine-tuning job: {job_id}")
        self.jobs[job_id] = job
        return 200, job.to_dict()

    def _events(self, job: FakeJob, query: dict[str, list[str]]) -> dict[str, Any]:
        newest_first = job.events[::-1]
        if "after" in query:
            ids = [e["id"] for e in newest_first]
            newest_first = newest_first[ids.index(query["after"][0]) + 1:]
        limit = int(query.get("limit", ["20"])[0])
        return {"object": "list", "data": newest_first[:limit],
                "has_more": len(newest_first) > limit}

    def _checkpoints(self, job: FakeJob) -> dict[str, Any]:
        data = []
        if job.status == "succeeded":
            for step in (job.total_steps // 2, job.total_steps):
                data.append({"id": f"ftckpt-{job.id}-{step}", "object": "fine_tuning.job."
                             "checkpoint", "created_at": int(time.time()),
                             "fine_tuned_model_checkpoint": f"{job.fine_tuned_model}:ckpt-step-"
                             f"{step}", "fine_tuning_job_id": job.id, "step_number": step,
                             "metrics": {"step": step, "train_loss": 0.5}})
        return {"object": "list", "data": data[::-1], "has_more": False}


class _Handler(BaseHTTPRequestHandler):
    service: FakeService
    protocol_version = "HTTP/1.0"  # one request per connection: stop() cuts every client off

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def _answer(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, payload = self.service.handle(method, self.path, self.headers, body)
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")
