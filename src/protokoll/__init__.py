"""Protokoll."""
