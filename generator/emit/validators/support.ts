// The part of runtime/generated/validators.mjs that is the same for every schema set: the error
// reporting every validator shares, the checks of the project's keywords, and the entry that runs
// a validator. The emitter writes it once at the top of the module (the module imports nothing),
// followed by one function per schema document (nodes.ts). The names are short because the module
// is shipped unminified in the Puerts bundle, where its size is load time.
//
// A running validator carries one context `c`:
//   c.e  the issues found so far (null when none), in Ajv's shape   c.n  how many
//   c.s  the output sink when the validator checks output (its `this`), else null
//   c.v  the exact 64-bit conversion running in the same pass (runtime/json64/fast-parse.ts), or null;
//        a validator given one calls its accept(), which tells the caller it was really used
//   c.p  the JSON path of the value being checked, one segment per depth (only read for a report)
// A check names the value it looks at by depth `d` and, for a property or item not yet entered,
// its segment `s`; `sp` is the schema location of the keyword's node within its document.
import { INT64_SOURCE, UINT64_SOURCE, UTF8_BYTES_SOURCE } from '../../schema-vocabulary.ts';

export const SUPPORT_SOURCE = `
// Shared by every validator below. ip: instance path; er: record one issue.
function ip(c, d, s) {
let p = "";
for (let i = 0; i < d; i++) p += "/" + es(c.p[i]);
return s === undefined ? p : p + "/" + es(s);
}
function es(s) {
return typeof s == "string" ? s.replace(/~/g, "~0").replace(/\\//g, "~1") : "" + s;
}
function er(c, d, s, sp, keyword, params, message) {
const e = {instancePath: ip(c, d, s), schemaPath: sp + "/" + keyword, keyword, params, message};
if (c.e === null) c.e = [e]; else c.e.push(e);
c.n++;
}
function Q(k) { return "#/properties/" + es(k); }
function ob(x) { return x !== null && typeof x == "object" && !Array.isArray(x); }
function ty(c, d, s, sp, t) { er(c, d, s, sp, "type", {type: t}, "must be " + t); }
function rq(c, d, sp, k) { er(c, d, undefined, sp, "required", {missingProperty: k}, "must have required property '" + k + "'"); }
// A key the schema does not list: refused on input, handed to the sink on output.
function uk(c, d, sp, k) {
if (c.s !== null) c.s.unknownKey(ip(c, d), k);
else er(c, d, undefined, sp, "x-known-keys", {additionalProperty: k}, "must NOT have additional properties");
}
// An enum value the schema does not list: refused on input; on output an integer goes to the sink.
function kv(c, d, s, sp, x, list) {
if (c.s === null) er(c, d, s, sp, "x-known-values", {allowedValues: list.slice()}, "must be equal to one of the allowed values");
else if (Number.isInteger(x)) c.s.unknownValue(ip(c, d, s), x);
}
function en(c, d, s, x, set, list) {
if (!Number.isInteger(x)) ty(c, d, s, "#", "integer");
if (!set.has(x)) kv(c, d, s, "#", x, list);
}
function mx(c, d, s, sp, l) { er(c, d, s, sp, "maximum", {comparison: "<=", limit: l}, "must be <= " + l); }
function mn(c, d, s, sp, l) { er(c, d, s, sp, "minimum", {comparison: ">=", limit: l}, "must be >= " + l); }
function xi(c, d, s, sp, l) { er(c, d, s, sp, "maxItems", {limit: l}, "must NOT have more than " + l + " items"); }
function ni(c, d, s, sp, l) { er(c, d, s, sp, "minItems", {limit: l}, "must NOT have fewer than " + l + " items"); }
function xp(c, d, s, sp, l) { er(c, d, s, sp, "maxProperties", {limit: l}, "must NOT have more than " + l + " properties"); }
function np(c, d, s, sp, l) { er(c, d, s, sp, "minProperties", {limit: l}, "must NOT have fewer than " + l + " properties"); }
function xb(c, d, s, sp, l) { er(c, d, s, sp, "x-maxUtf8Bytes", {limit: l}, "must be at most " + l + " bytes in UTF-8"); }
function nb(c, d, s, sp, l) { er(c, d, s, sp, "x-minUtf8Bytes", {limit: l}, "must be at least " + l + " bytes in UTF-8"); }
function fi(c, d, s, sp) { er(c, d, s, sp, "if", {failingKeyword: "then"}, "must match \\"then\\" schema"); }
function no(c, d, s, sp) { er(c, d, s, sp, "not", {}, "must NOT be valid"); }
const utf8Bytes = ${UTF8_BYTES_SOURCE};
const isUint64 = ${UINT64_SOURCE};
const isInt64 = ${INT64_SOURCE};
function u64(c, d, s, sp) { er(c, d, s, sp, "x-int64", {}, "must be an unsigned 64-bit integer: a bigint, or a number no larger than 2^53"); }
function i64(c, d, s, sp) { er(c, d, s, sp, "x-int64", {}, "must be a signed 64-bit integer: a bigint, or a number no larger than 2^53"); }
// Flag bits outside the mask: refused on input, handed to the sink on output. Zero is refused
// only on input: an SDK that sends it is not reporting new flags. bmOk: nothing to report.
function bmOk(x, outside, nonZero, sink) {
if (!(typeof x == "bigint" || Number.isInteger(x))) return true;
const b = BigInt(x);
return (b & outside) === 0n && !(nonZero && sink === null && b === 0n);
}
function bm(c, d, s, sp, x, outside, mask, nonZero) {
if (!(typeof x == "bigint" || Number.isInteger(x))) return;
const b = BigInt(x);
const msg = "must only set the bits of mask " + mask + (nonZero ? " and not be 0" : "");
if ((b & outside) !== 0n) {
if (c.s !== null) c.s.unknownValue(ip(c, d, s), x);
else er(c, d, s, sp, "x-bitmask", {mask}, msg);
}
if (nonZero && c.s === null && b === 0n) er(c, d, s, sp, "x-bitmask", {mask}, msg);
}
// Small values are the common ones (versions, sequences of new conversations); bigints are
// values, so one of each serves every conversion.
const SMALL = Array.from({length: 1024}, (_, i) => BigInt(i));
// Runs one validator. Contexts are reused; a validator started from inside another gets its own.
let idle = null;
function run(f, self, x, cv) {
const c = idle === null ? {e: null, n: 0, s: null, v: null, p: []} : idle;
idle = null;
c.e = null;
c.n = 0;
c.s = self && self.unknownKey ? self : null;
c.v = cv === undefined || cv === null ? null : cv;
if (c.v !== null) c.v.accept();
try {
f(x, c, 0);
return c.e;
} finally {
c.s = null;
c.v = null;
idle = c;
}
}
function mk(f) {
const v = function (x, cv) {
const e = run(f, this, x, cv);
v.errors = e;
return e === null;
};
v.exactKeys = EXACT_KEYS;
return v;
}
`;
