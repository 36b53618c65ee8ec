"""Graphviz and Mermaid diagrams of argument maps."""
