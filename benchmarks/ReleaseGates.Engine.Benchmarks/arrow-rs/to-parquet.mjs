// Writes the JSON Lines of a benchmark corpus as Parquet with arrow-rs (the Rust Parquet writer, run as WebAssembly by
// parquet-wasm) at its defaults but snappy, shaped as pyarrow and pandas write it: one row group of up to 1,048,576 rows,
// data pages of about 1 MB or 20,000 rows, dictionary pages of up to 1 MB then PLAIN. For `-- parquet 0 DIR` (README.md, "Parquet
// against JSON Lines"), with DIR/jsonl-one/shard-00.jsonl and this file's output as DIR/parquet-one/shard-00.parquet.
//
//   npm install parquet-wasm@0.8.0 apache-arrow && node --max-old-space-size=12000 to-parquet.mjs IN.jsonl OUT.parquet
import * as arrow from 'apache-arrow';
import init, { writeParquet, WriterPropertiesBuilder, Compression, Table as WasmTable } from 'parquet-wasm/esm/parquet_wasm.js';
import { readFileSync, writeFileSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
await init({ module_or_path: readFileSync(new URL('./node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm', import.meta.url)) });
const [input, output] = process.argv.slice(2);
const cols = { id: [], reference: [], hypothesis: [], slices: [], entities: [], partials: [], group: [], first_partial_ms: [], final_ms: [] };
for await (const line of createInterface({ input: createReadStream(input) })) {
  const row = JSON.parse(line.replace(/:Infinity([,}])/g, ':"__INF__"$1'));
  for (const k of Object.keys(cols)) {
    let v = row[k];
    if (v === '__INF__') v = Infinity;
    cols[k].push(v === undefined ? null : v);
  }
}
const utf8 = new arrow.Utf8(), list = () => new arrow.List(new arrow.Field('element', new arrow.Utf8(), true));
const table = new arrow.Table({
  id: arrow.vectorFromArray(cols.id, utf8), reference: arrow.vectorFromArray(cols.reference, utf8),
  hypothesis: arrow.vectorFromArray(cols.hypothesis, utf8), slices: arrow.vectorFromArray(cols.slices, list()),
  entities: arrow.vectorFromArray(cols.entities, list()), partials: arrow.vectorFromArray(cols.partials, list()),
  group: arrow.vectorFromArray(cols.group, utf8),
  first_partial_ms: arrow.vectorFromArray(cols.first_partial_ms, new arrow.Float64()),
  final_ms: arrow.vectorFromArray(cols.final_ms, new arrow.Float64()),
});
const props = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).build();
const bytes = writeParquet(WasmTable.fromIPCStream(arrow.tableToIPC(table, 'stream')), props);
writeFileSync(output, bytes);
console.log(`${output} written: ${table.numRows} rows, ${bytes.length} bytes`);
