// The same job in DuckDB: read_csv of the Comtrade CSV, keep bilateral totals of exports and imports, sum by pair,
// flow and period. Usage: node duckdb_import.cjs <path> <threads>; @duckdb/node-api is found through NODE_PATH.
const { DuckDBInstance } = require('@duckdb/node-api');
const fs = require('node:fs');

async function main() {
  const [path, threads] = process.argv.slice(2);
  const start = performance.now();
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  const quoted = path.replaceAll("'", "''");
  const result = await connection.runAndReadAll(`
    SELECT count(*) AS groups, sum(n) AS rows FROM (
      SELECT reporterISO, partnerISO, flowCode, refYear, refMonth, sum(primaryValue) AS total, count(*) AS n
      FROM read_csv('${quoted}', header = true, types = {'cmdCode': 'VARCHAR', 'flowCode': 'VARCHAR', 'primaryValue': 'DOUBLE'})
      WHERE cmdCode = 'TOTAL' AND flowCode IN ('X', 'M') AND partnerCode <> 0
      GROUP BY ALL)`);
  const [groups, rows] = result.getRows()[0];
  const elapsed = (performance.now() - start) / 1000;
  const mb = fs.statSync(path).size / 1e6;
  console.log(`DuckDB (${threads} thread(s)): ${rows} total rows, ${groups} groups in ${elapsed.toFixed(2)} s = ${(mb / elapsed).toFixed(1)} MB/s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
