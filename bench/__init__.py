"""Benchmarks against peers (`make bench`): generation, request overhead, parsing, upload.

Each row measures this project and its peers side by side in one run and reports ratios, which
hold on shared machines where absolute times drift. `python -m bench` rewrites
docs/benchmarks.md; `python -m bench ROW...` refreshes only those rows' sections.
"""
