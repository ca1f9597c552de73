// Writes the JSON Lines of a benchmark corpus as Parquet with DuckDB, as a team's batch job would (DuckDB's defaults:
// snappy, row groups of 122,880 rows), for `-- parquet 0 DIR` (README.md, "Parquet against JSON Lines").
//
//   npm install @duckdb/node-api && node to-parquet.mjs IN.jsonl OUT.parquet
import { DuckDBInstance } from '@duckdb/node-api';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [input, output] = process.argv.slice(2);
// DuckDB's JSON reader takes no bare Infinity (a timeout, as Python writes it): spell it as text, cast back below.
const staged = output + '.staged.jsonl';
const out = createWriteStream(staged);
for await (const line of createInterface({ input: createReadStream(input) })) {
  out.write(line.replaceAll(':Infinity', ':"inf"') + '\n');
}
await new Promise((resolve) => out.end(resolve));

const db = await DuckDBInstance.create(':memory:');
const sql = await db.connect();
await sql.run(`
  COPY (
    SELECT id, reference, hypothesis, slices, entities, partials, "group",
           first_partial_ms, final_ms::DOUBLE AS final_ms
    FROM read_json('${staged}', format = 'newline_delimited', columns = {
      id: 'VARCHAR', reference: 'VARCHAR', hypothesis: 'VARCHAR', slices: 'VARCHAR[]', entities: 'VARCHAR[]',
      partials: 'VARCHAR[]', "group": 'VARCHAR', first_partial_ms: 'BIGINT', final_ms: 'VARCHAR' })
  ) TO '${output}' (FORMAT parquet)`);
rmSync(staged);
console.log(`${output} written`);
