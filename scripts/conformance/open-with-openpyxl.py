"""Opens each workbook with openpyxl as a strict consumer: load_workbook normally, then read_only
with every cell of every sheet iterated. Prints one line per problem; exit 1 when any."""
import sys
import openpyxl

problems = 0
for path in sys.argv[1:]:
    try:
        openpyxl.load_workbook(path).close()
        book = openpyxl.load_workbook(path, read_only=True)
        cells = 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                cells += len(row)
        book.close()
        print(f"openpyxl: {path}: {cells} cells")
    except Exception as error:  # every failure is a problem to report, whatever its kind
        problems += 1
        print(f"openpyxl: {path}: {type(error).__name__}: {str(error)[:300]}")
print(f"openpyxl: {len(sys.argv) - 1} file(s), {problems} problem(s)")
sys.exit(1 if problems else 0)
