"""Writers of newsprism's output files: JSON Lines for programs, Markdown and HTML for people."""
