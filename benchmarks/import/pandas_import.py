"""The same job in pandas: read the Comtrade CSV, keep bilateral totals of exports and imports, sum by pair, flow and period."""
import sys
import time

import pandas as pd

path = sys.argv[1]
start = time.perf_counter()
frame = pd.read_csv(path, dtype={"cmdCode": str, "flowCode": str, "reporterISO": str, "partnerISO": str})
totals = frame[(frame.cmdCode == "TOTAL") & frame.flowCode.isin(["X", "M"]) & (frame.partnerCode != 0)]
grouped = totals.groupby(["reporterISO", "partnerISO", "flowCode", "refYear", "refMonth"])["primaryValue"].sum()
elapsed = time.perf_counter() - start
print(f"pandas: {len(frame)} rows, {len(grouped)} groups in {elapsed:.2f} s = {__import__('os').path.getsize(path) / 1e6 / elapsed:.1f} MB/s")
