"""llmops_kit: incident response for LLM/RAG applications."""
