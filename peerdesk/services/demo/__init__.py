"""Realistic, made-up program records for demonstrations, training and benchmarks."""

from peerdesk.services.demo.service import DemoCancelled, DemoReport, DemoService, Progress

__all__ = ["DemoCancelled", "DemoReport", "DemoService", "Progress"]
