"""Fine-tuning at a hosted service ("Model as a Service") when this machine is not enough.

The same dataset, the same run folder, the same events as a local run: `dataset` turns the user's
file into the service's chat JSONL and checks it against the service's documented rules,
`provider` is the narrow interface to a service, `openai_compat` implements it with the official
`openai` client (Azure AI Foundry / Azure OpenAI and OpenAI itself), and `job` uploads (only when
confirmed), creates the job, polls it and writes what it reports into the run folder.
"""
