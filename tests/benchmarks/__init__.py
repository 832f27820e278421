"""Benchmarks: run `python tests/benchmarks/run.py [--quick]` (not collected by pytest)."""
