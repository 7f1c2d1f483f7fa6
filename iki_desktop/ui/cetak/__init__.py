"""Print preview: choose parts, see the pages, print or save the PDF."""
