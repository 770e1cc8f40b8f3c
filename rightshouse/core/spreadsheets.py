"""CSV files that people open in spreadsheets (the register, signatory lists)."""

import csv
import io

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection): such a
# cell gets a leading apostrophe, which spreadsheets take as "text" and do not show.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def csv_text(rows):
    """`rows` as CSV in UTF-8 with a byte order mark (spreadsheets on Windows read Cyrillic
    right only so), every cell safe from formula injection."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()
