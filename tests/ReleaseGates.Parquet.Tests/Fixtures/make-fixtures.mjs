// Writes the Parquet fixtures of ReleaseGates.Parquet.Tests with DuckDB, an engine other than the reader under test,
// and the JSON Lines twin of each data file from the same rows. DuckDB writes one page per column chunk and only v1
// page headers, so the files of many small pages are written by parquetjs, a third writer. Deterministic (seeded); run it again only when the
// fixtures must change (README.md beside this file):
//
//   cd tests/ReleaseGates.Parquet.Tests/Fixtures && npm install && node make-fixtures.mjs
import { DuckDBInstance } from '@duckdb/node-api';
import parquetjs from '@dsnp/parquetjs';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const db = await DuckDBInstance.create(':memory:');
const sql = await db.connect();
await sql.run('SET threads = 1'); // one writer thread: the same row groups on every run

// --- seeded data shaped like streaming ASR output -------------------------------------------------------------------
let seed = 20261125;
function random() { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const words = ('start the patient on five hundred milligrams twice daily with food please book a table for two at ' +
  'seven tomorrow evening and remind me to call the pharmacy about refill order number four two nine').split(' ');
const entities = ['metformin', 'lisinopril', 'atorvastatin', 'São Paulo', 'Zürich', 'café au lait', '東京', 'Dr. Nguyễn'];
const punctuation = ['', '', '', ',', '.', '?', '!'];

function sentence(count) {
  const out = [];
  while (out.length < count) {
    if (random() < 0.15) {
      out.push(...pick(entities).split(' '));
    } else {
      out.push(pick(words) + pick(punctuation));
    }
  }
  out.length = count;
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return out;
}

function recognise(reference, errorRate) {
  const out = [];
  for (const word of reference) {
    const r = random();
    if (r < errorRate / 3) continue; // deletion
    if (r < (2 * errorRate) / 3) { out.push(pick(words)); continue; } // substitution
    out.push(word);
    if (r < errorRate) out.push(pick(words)); // insertion
  }
  return out;
}

// Growing prefixes of the final words, the second-to-last sometimes with a word the final output takes back.
function partialsOf(hypothesis) {
  const out = [];
  const steps = 1 + Math.floor(random() * 4);
  for (let s = 1; s <= steps; s++) {
    const prefix = hypothesis.slice(0, Math.ceil((hypothesis.length * s) / (steps + 1)));
    if (s === steps && random() < 0.3 && prefix.length > 0) prefix[prefix.length - 1] = pick(words);
    out.push(prefix.join(' '));
  }
  return out;
}

const ROWS = 400;
const ROW_GROUP = 150; // three row groups: 150, 150, 100 rows
function rows(errorRate, seedValue) {
  seed = seedValue;
  const result = [];
  for (let i = 1; i <= ROWS; i++) {
    const row = { id: `utt-${String(i).padStart(5, '0')}`, audio_filepath: `audio/${i}.wav` };
    if (i % 25 !== 0) { // every 25th row: a voice-agent turn with measures only
      const reference = sentence(3 + Math.floor(Math.pow(random(), 2) * 38));
      const hypothesis = recognise(reference, errorRate);
      Object.defineProperty(row, 'words', { value: reference }); // for the canary; not written
      row.reference = reference.join(' ');
      row.hypothesis = hypothesis.join(' ');
      const named = entities.filter((e) => row.reference.includes(e));
      row.entities = i % 7 === 0 ? null : named.slice(0, 2);
      row.partials = i % 11 === 0 ? null : i % 13 === 0 ? [] : partialsOf(hypothesis);
    }
    row.slices = i % 17 === 0 ? null : i % 19 === 0 ? [] : [`tenant:${pick(['acme', 'globex', 'initech'])}`, ...(random() < 0.5 ? [`accent:${pick(['in', 'us', 'gb'])}`] : [])];
    row.group = i % 3 === 0 ? null : `call-${Math.floor(i / 4)}`;
    row.first_partial_ms = i % 23 === 0 ? null : 120 + Math.floor(random() * 500);
    row.final_ms = i % 29 === 0 ? null : i % 97 === 0 ? Infinity : Math.round((600 + random() * 900) * 4) / 4;
    row.measures = i % 31 === 0 ? null : {
      turn_latency_ms: i % 37 === 0 ? null : i % 89 === 0 ? Infinity : Math.round(random() * 20000) / 10,
      barge_in: i % 41 === 0 ? null : random() < 0.2,
      cost_usd: (Math.floor(random() * 100000) / 1e6).toFixed(6),
    };
    result.push(row);
  }
  return result;
}

// --- writers --------------------------------------------------------------------------------------------------------
// The twin: our JSON Lines, absent fields left out, Infinity spelled as Python writes it.
function writeJsonLines(name, data) {
  const text = data.map((row) => {
    const line = {};
    for (const [key, value] of Object.entries(row)) {
      if (value !== null && value !== undefined) line[key] = value;
    }
    return JSON.stringify(line, (key, value) => (value === Infinity ? '__INF__' : key === 'cost_usd' ? `__NUM__${value}` : value))
      .replaceAll('"__INF__"', 'Infinity').replace(/"__NUM__([0-9.]+)"/g, '$1');
  }).join('\n') + '\n';
  writeFileSync(here + name, text);
}

// DuckDB reads the same rows (infinities as text, which DuckDB casts to inf) and writes them with its types.
async function writeParquet(name, data, compression = 'snappy', options = '', cost = 'DECIMAL(12, 6)') {
  const input = here + '.duckdb-input.jsonl';
  writeFileSync(input, data.map((row) => JSON.stringify(row, (key, value) => (value === Infinity ? 'inf' : value))).join('\n') + '\n');
  await sql.run(`
    CREATE OR REPLACE TEMP TABLE typed AS
      SELECT id, audio_filepath, reference, hypothesis, slices, entities, partials, "group",
             first_partial_ms::BIGINT AS first_partial_ms,
             final_ms::DOUBLE AS final_ms,
             CASE WHEN measures IS NULL THEN NULL ELSE {
               'turn_latency_ms': measures.turn_latency_ms::DOUBLE,
               'barge_in': measures.barge_in,
               'cost_usd': measures.cost_usd::${cost}
             } END AS measures
      FROM read_json('${input}', format = 'newline_delimited', columns = {
        id: 'VARCHAR', audio_filepath: 'VARCHAR', reference: 'VARCHAR', hypothesis: 'VARCHAR',
        slices: 'VARCHAR[]', entities: 'VARCHAR[]', partials: 'VARCHAR[]', "group": 'VARCHAR',
        first_partial_ms: 'VARCHAR', final_ms: 'VARCHAR',
        measures: 'STRUCT(turn_latency_ms VARCHAR, barge_in BOOLEAN, cost_usd VARCHAR)'
      })`);
  // DuckDB closes a row group at ROW_GROUP_SIZE only between the chunks it is given: one chunk per row group.
  const groups = [];
  for (let first = 1; first <= data.length; first += ROW_GROUP) {
    groups.push(`SELECT * FROM typed WHERE id BETWEEN '${data[first - 1].id}' AND '${data[Math.min(first + ROW_GROUP, data.length + 1) - 2].id}'`);
  }
  await sql.run(`COPY (${groups.join(' UNION ALL ')}) TO '${here + name}' (FORMAT parquet, COMPRESSION ${compression}, ROW_GROUP_SIZE ${ROW_GROUP}${options})`);
  rmSync(input);
}

// parquetjs: data page v2 headers, pages of a few rows, each column in its own codec (none, snappy, gzip). It writes
// no structs: the rows go without measures, and so does their twin.
async function writePages(name, data) {
  const list = (codec) => ({ type: 'LIST', optional: true, fields: { list: { repeated: true, fields: { element: { type: 'UTF8', optional: true, compression: codec } } } } });
  const schema = new parquetjs.ParquetSchema({
    id: { type: 'UTF8', compression: 'UNCOMPRESSED' },
    reference: { type: 'UTF8', optional: true, compression: 'SNAPPY' },
    hypothesis: { type: 'UTF8', optional: true, compression: 'GZIP' },
    slices: list('SNAPPY'),
    entities: list('GZIP'),
    partials: list('UNCOMPRESSED'),
    group: { type: 'UTF8', optional: true, compression: 'SNAPPY' },
    first_partial_ms: { type: 'INT64', optional: true },
    final_ms: { type: 'DOUBLE', optional: true },
  });
  const writer = await parquetjs.ParquetWriter.openFile(schema, here + name, { pageSize: 16, rowGroupSize: ROW_GROUP });
  const items = (values) => (values === null || values === undefined ? undefined : { list: values.map((element) => ({ element })) });
  for (const row of data) {
    await writer.appendRow({
      id: row.id, reference: row.reference, hypothesis: row.hypothesis, group: row.group ?? undefined,
      slices: items(row.slices), entities: items(row.entities), partials: items(row.partials),
      first_partial_ms: row.first_partial_ms ?? undefined, final_ms: row.final_ms ?? undefined,
    });
  }
  await writer.close();
}

// parquetjs again, in v1 pages (which, unlike v2 pages, need not start a row) of 7 rows, where a row's list goes on
// into the next page: no writer at hand cuts a page inside a row (parquetjs and Parquet.Net cut pages between rows,
// DuckDB writes one page per chunk), so parquetjs is handed the rest of the row's items, shredded by its own shredder,
// right after it cut the page, as the first entries of the next (repetition level 1: the same row).
async function writeSplitRows(name, data) {
  const PAGE = 7;
  const list = (codec) => ({ type: 'LIST', optional: true, fields: { list: { repeated: true, fields: { element: { type: 'UTF8', optional: true, compression: codec } } } } });
  const schema = new parquetjs.ParquetSchema({
    id: { type: 'UTF8' },
    reference: { type: 'UTF8', optional: true },
    hypothesis: { type: 'UTF8', optional: true },
    slices: list('UNCOMPRESSED'),
    entities: list('GZIP'),
    partials: list('SNAPPY'),
    group: { type: 'UTF8', optional: true },
    first_partial_ms: { type: 'INT64', optional: true },
    final_ms: { type: 'DOUBLE', optional: true },
  });
  const writer = await parquetjs.ParquetWriter.openFile(schema, here + name, { pageSize: PAGE, rowGroupSize: ROW_GROUP, useDataPageV2: false });
  const items = (values) => (values === null || values === undefined ? undefined : { list: values.map((element) => ({ element })) });
  const record = (row) => ({
    id: row.id, reference: row.reference, hypothesis: row.hypothesis, group: row.group ?? undefined,
    slices: items(row.slices), entities: items(row.entities), partials: items(row.partials),
    first_partial_ms: row.first_partial_ms ?? undefined, final_ms: row.final_ms ?? undefined,
  });
  for (const [index, row] of data.entries()) {
    const buffer = writer.rowBuffer;
    // parquetjs cuts a page right after this row (and not a row group, nor the file's last page).
    const cut = (buffer.pageRowCount ?? 0) + 1 >= PAGE && (buffer.rowCount ?? 0) + 1 < ROW_GROUP && index < data.length - 1;
    const head = { ...row };
    const rest = {};
    for (const column of ['slices', 'entities', 'partials']) {
      if (cut && row[column]?.length > 1) {
        head[column] = row[column].slice(0, 1);
        rest[column] = row[column].slice(1);
      }
    }
    await writer.appendRow(record(head));
    for (const [column, values] of Object.entries(rest)) {
      const path = `${column},list,element`;
      const shredded = {};
      parquetjs.ParquetShredder.shredRecord(schema, { id: row.id, [column]: items(values) }, shredded);
      const from = shredded.columnData[path];
      const to = writer.rowBuffer.columnData[path];
      from.rlevels[0] = 1; // the same row's next item, not a new row
      to.rlevels.push(...from.rlevels);
      to.dlevels.push(...from.dlevels);
      to.values.push(...from.values);
      from.distinct_values.forEach((value) => to.distinct_values.add(value));
      to.count += from.count;
    }
  }
  await writer.close();
}

// A small file from a SELECT, for the error cases.
async function writeQuery(name, select) {
  await sql.run(`COPY (${select}) TO '${here + name}' (FORMAT parquet)`);
}

// --- the fixtures ---------------------------------------------------------------------------------------------------
const baseline = rows(0.10, 7);
writeJsonLines('baseline.jsonl', baseline);
await writeParquet('baseline.parquet', baseline);

// The canary: the same utterances and side fields, more recognition errors; zstd, as Spark and DuckDB users often pick.
seed = 11;
const canary = baseline.map((row) => {
  if (!row.words) return row;
  const hypothesis = recognise(row.words, 0.16);
  return { ...row, hypothesis: hypothesis.join(' '), partials: row.partials && row.partials.length > 0 ? partialsOf(hypothesis) : row.partials };
});
writeJsonLines('canary.jsonl', canary);
await writeParquet('canary.parquet', canary, 'zstd');

// The same rows in the other codecs DuckDB writes, and with its v2 encodings (DELTA_LENGTH_BYTE_ARRAY texts). In v2
// a decimal is DELTA_BINARY_PACKED, which Parquet.Net 6.1 cannot read: the cost is a double there.
await writeParquet('baseline-gzip.parquet', baseline, 'gzip');
await writeParquet('baseline-uncompressed.parquet', baseline, 'uncompressed');
await writeParquet('baseline-v2.parquet', baseline, 'snappy', ', PARQUET_VERSION V2', 'DOUBLE');

// Data page v2 in pages of 16 rows, by parquetjs; the twin without measures.
const paged = baseline.map(({ measures, ...row }) => row);
writeJsonLines('pages-v2.jsonl', paged);
await writePages('pages-v2.parquet', paged);

// v1 pages whose list rows go on into the next page, by parquetjs; its twin is pages-v2's.
await writeSplitRows('pages-split-rows.parquet', paged);

// Page headers longer than the first bytes our reader reads for one (1 KiB): parquetjs keeps each page's smallest and
// largest value in its header, and these texts are long.
{
  const schema = new parquetjs.ParquetSchema({ id: { type: 'UTF8' }, reference: { type: 'UTF8' }, hypothesis: { type: 'UTF8' } });
  const writer = await parquetjs.ParquetWriter.openFile(schema, here + 'long-header.parquet', { useDataPageV2: false });
  for (let i = 1; i <= 2; i++) {
    const text = sentence(250).join(' ');
    await writer.appendRow({ id: `long-${i}`, reference: text, hypothesis: text });
  }
  await writer.close();
}

// Empty texts, empty and null lists, empty items, and few distinct groups and slices, which DuckDB writes as dictionaries.
const edge = [];
for (let i = 1; i <= 60; i++) {
  const texts = [['', ''], ['one two', ''], ['', 'one'], ['café au lait', 'cafe au lait'], ['東京 two', '東京 two']][i % 5];
  edge.push({
    id: `edge-${String(i).padStart(2, '0')}`,
    reference: texts[0],
    hypothesis: texts[1],
    slices: i % 6 === 0 ? null : i % 4 === 0 ? [] : [`tenant:${['acme', 'globex'][i % 2]}`],
    entities: i % 3 === 0 ? [] : i % 7 === 0 ? null : ['café au lait'],
    partials: i % 5 === 0 ? [''] : i % 8 === 0 ? [] : i % 9 === 0 ? null : ['', texts[1]],
    group: i % 10 === 0 ? null : `call-${i % 3}`,
  });
}
writeJsonLines('edge-strings.jsonl', edge);
await writeParquet('edge-strings.parquet', edge);

// Cut short: a job that died while writing leaves a file without its footer.
const whole = readFileSync(here + 'baseline.parquet');
writeFileSync(here + 'truncated.parquet', whole.subarray(0, Math.floor(whole.length / 2)));

const ok = `'ok one two' AS reference, 'ok one two' AS hypothesis`;
await writeQuery('no-id.parquet', `SELECT 'utt-' || i AS utterance, ${ok} FROM range(3) t(i)`);
await writeQuery('reference-int64.parquet', `SELECT 'utt-' || i AS id, i AS reference, 'one' AS hypothesis FROM range(3) t(i)`);
await writeQuery('slices-int-list.parquet', `SELECT 'utt-' || i AS id, ${ok}, [i, i + 1] AS slices FROM range(3) t(i)`);
await writeQuery('measure-string.parquet', `SELECT 'utt-' || i AS id, ${ok}, {'turn_latency_ms': '182'} AS measures FROM range(3) t(i)`);
await writeQuery('latency-string.parquet', `SELECT 'utt-' || i AS id, ${ok}, '910' AS final_ms FROM range(3) t(i)`);
await writeQuery('reference-without-hypothesis.parquet',
  `SELECT 'utt-' || i AS id, 'one two' AS reference, CASE WHEN i = 1 THEN NULL ELSE 'one two' END AS hypothesis FROM range(3) t(i)`);
await writeQuery('duplicate-id.parquet', `SELECT CASE WHEN i = 2 THEN 'utt-0' ELSE 'utt-' || i END AS id, ${ok} FROM range(3) t(i)`);
await writeQuery('null-id.parquet', `SELECT CASE WHEN i = 1 THEN NULL ELSE 'utt-' || i END AS id, ${ok} FROM range(3) t(i)`);
await writeQuery('null-slice.parquet', `SELECT 'utt-' || i AS id, ${ok}, CASE WHEN i = 2 THEN ['tenant:acme', NULL] ELSE ['tenant:acme'] END AS slices FROM range(3) t(i)`);
await writeQuery('negative-latency.parquet', `SELECT 'utt-' || i AS id, ${ok}, CASE WHEN i = 2 THEN -5.0 ELSE 240.0 END AS first_partial_ms FROM range(3) t(i)`);
await writeQuery('measure-boolean.parquet', `SELECT 'utt-b' || i AS id, {'turn_latency_ms': i = 1} AS measures FROM range(3) t(i)`);
// Every integer width, signed and unsigned, and 32-bit floats, PLAIN and dictionary-encoded, with nulls.
await sql.run(`COPY (SELECT 'utt-' || i AS id,
    ((i % 7) * 40)::INTEGER AS first_partial_ms,
    CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 3.25)::FLOAT END AS final_ms,
    {'int8': (i % 200 - 100)::TINYINT, 'int16': (i * 97 - 15000)::SMALLINT, 'uint8': (i % 250)::UTINYINT,
     'uint16': (i * 211)::USMALLINT, 'uint32': (4000000000 + i)::UINTEGER, 'uint64': (18000000000000000000 + i * 1000)::UBIGINT,
     'int64': (CASE WHEN i % 5 = 0 THEN NULL ELSE (i % 3) * 1000000000000 END)::BIGINT, 'float32': (i / 7)::FLOAT} AS measures
  FROM range(300) t(i)) TO '${here}measure-types.parquet' (FORMAT parquet)`);
// A paired id in another group, and one with another reference, than in baseline.parquet.
await writeQuery('canary-other-group.parquet', `SELECT id, reference, hypothesis, 'call-moved' AS "group" FROM read_parquet('${here}baseline.parquet') WHERE id = 'utt-00001'`);
await writeQuery('canary-other-reference.parquet', `SELECT id, 'a different reference' AS reference, hypothesis, "group" FROM read_parquet('${here}baseline.parquet') WHERE id = 'utt-00001'`);

const groups = await sql.runAndReadAll(`SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('${here}baseline.parquet') ORDER BY 1`);
console.log(`baseline.parquet: row groups of ${groups.getRows().map((g) => g[1]).join(', ')} rows; fixtures written to ${here}`);
