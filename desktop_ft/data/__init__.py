"""Datasets in, examples out: read files, detect their format, render and tokenize them.

The user's files are only ever opened for reading. Every problem becomes a UserError that names
the file, the line (or row) and the field.
"""
