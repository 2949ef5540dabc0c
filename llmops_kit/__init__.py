"""llmops_kit: incident response for LLM/RAG applications."""

from . import importers as importers  # registers the Langfuse / LangSmith / OTLP formats with llmops_kit.io
