"""Readers and writers of foreign argument-map formats, one subpackage per format."""
