"""peerdesk benchmarks, run on demand with ``make bench`` (``python -m bench``).

Every figure is printed next to a baseline measured in the same run, and as a ratio: absolute
times drift between machines and runs, ratios much less. Nothing here runs as a timed test.
"""
