"""Opens each workbook given with openpyxl, as a strict second consumer: load_workbook in the
normal mode, then read_only iterating every cell of every sheet. Exit 0 when all open, 1 otherwise."""
import sys
import warnings

import openpyxl


def check(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read (data bars)
        openpyxl.load_workbook(path).close()
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            cells = 0
            for sheet in book.worksheets:
                for row in sheet.iter_rows():
                    cells += len(row)
        finally:
            book.close()
    return cells


failed = 0
for path in sys.argv[1:]:
    try:
        print(f"openpyxl: {path}: {check(path)} cells")
    except Exception as error:  # noqa: BLE001 - any refusal is a finding of the check
        failed += 1
        print(f"openpyxl: {path}: FAILED {type(error).__name__}: {error}")
sys.exit(1 if failed else 0)
