"""Figure-by-figure comparison of canonical JSON documents, blank meaning zero."""
from decimal import Decimal


def figures(document):
    """{(table, row, column): amount} for every non-zero figure of a canonical JSON document."""
    out = {}
    for name, table in document["tables"].items():
        for line, values in table.get("lines", {}).items():
            for column, value in values.items():
                out[(name, line, column)] = Decimal(value)
        for column, value in table.get("total", {}).items():
            out[(name, "total", column)] = Decimal(value)
        for row in table.get("rows", []):
            if "values" in row:
                for column, value in row["values"].items():
                    out[(name, row["code"], column)] = Decimal(value)
            else:
                out[(name, row["code"], "amount")] = Decimal(row["amount"])
        for total in ("personnel_total", "public_total"):
            if total in table:
                out[(name, total, "amount")] = Decimal(table[total])
        for column, value in table.get("values", {}).items():
            out[(name, "values", column)] = Decimal(value)
    return {key: value for key, value in out.items() if value != 0}
