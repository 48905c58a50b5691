"""Export: merge an adapter, build an ONNX Runtime GenAI model, prove it answers like PyTorch.

- `sources`  what a path is (run folder, Hugging Face model folder, ONNX folder) and its checks
- `merge`    adapter + base -> a full-precision merged model folder (RUN/merged)
- `prepare`  a private, fixed-up copy of a model folder that the ONNX builder accepts
- `builder`  the onnxruntime-genai model builder, run as a child process with progress and stop
- `torch_engine` the fallback for architectures the builder lacks: torch.onnx.export (dynamo)
             with the KV cache, onnxruntime.quantization, a genai_config.json for the same layout
- `finalize` the ONNX folder checked and repaired: EOS ids, chat template, tokenizer class
- `parity`   PyTorch vs ONNX Runtime on the same prompts and template -> parity.json
- `chat`     one answer from an ONNX folder, a model folder or a run
- `job`      `run_export(request, emit, stop)`: the export job the faces call
- `adapters` adapter-only export for multi-LoRA serving (.onnx_adapter files + a zero adapter)

Nothing heavy is imported at module level: torch, transformers, peft and onnxruntime_genai are
imported inside the functions that need them, so importing this package stays cheap.
"""
