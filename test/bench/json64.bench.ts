// Exact 64-bit JSON parsing against plain JSON.parse (the target: at most 1.5x) and against the two
// usual libraries, on a 1000-conversation page as the SDK sends it (pinned conversations near 2^62,
// 63-bit message ids, uint64 marks, Chinese text).
import JSONbig from 'json-bigint';
import { isInteger, isSafeNumber, parse as losslessParse } from 'lossless-json';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { createJson64 } from '../../runtime/json64.ts';
import { page } from '../runtime/fixtures/payloads.ts';
import { isMain, measure, round } from './support/measure.ts';

export const TARGET = 1.5;

export async function run(): Promise<Record<string, number | string>> {
  const { text } = page(1000);
  const codec = createJson64(API_TABLE.exactInt64Keys);
  const jsonBig = JSONbig({ useNativeBigInt: true });
  const losslessNumber = (v: string) => (isInteger(v) && !isSafeNumber(v) ? BigInt(v) : parseFloat(v));
  const [base, ours, big, lossless] = await measure([
    { name: 'JSON.parse', run: () => JSON.parse(text) },
    { name: 'json64', run: () => codec.parse(text) },
    { name: 'json-bigint', run: () => jsonBig.parse(text) },
    { name: 'lossless-json', run: () => losslessParse(text, null, losslessNumber) },
  ], { rounds: 21 });
  const ratio = ours.ms / base.ms;
  return {
    payload: `1000 conversations, ${(text.length / 1024).toFixed(0)} KiB of JSON`,
    'JSON.parse ms': round(base.ms),
    'json64 ms': round(ours.ms),
    'json-bigint ms': round(big.ms),
    'lossless-json ms': round(lossless.ms),
    'json64 / JSON.parse': round(ratio, 2),
    'json-bigint / JSON.parse': round(big.ms / base.ms, 2),
    'lossless-json / JSON.parse': round(lossless.ms / base.ms, 2),
    target: `json64 / JSON.parse <= ${TARGET}`,
    verdict: ratio <= TARGET ? 'met' : 'MISSED',
  };
}

if (isMain(import.meta.url)) console.log(await run());
