"""Tools for the confidentiality guard: evaluation on gold sets, benchmarks, rebuilding word lists."""
