#!/usr/bin/env node
// A git merge driver for xliff/*.xlf: the union of both sides' translation units, by id (ours first; a unit
// with a target beats one without). `node scripts/i18n.mjs` afterwards puts them in source order.
//
//   git config merge.xliff.driver "node scripts/xliff-merge.mjs %O %A %B"
//
// Also usable by hand: node scripts/xliff-merge.mjs BASE OURS THEIRS  (writes the union into OURS).
import { readFileSync, writeFileSync } from 'node:fs';

const [, , , oursPath, theirsPath] = process.argv;
const ours = readFileSync(oursPath, 'utf8');
const theirs = readFileSync(theirsPath, 'utf8');

const units = (xml) => [...xml.matchAll(/<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>/g)].map((m) => ({ id: m[1], text: m[0] }));
const merged = new Map();
for (const unit of [...units(ours), ...units(theirs)]) {
  const existing = merged.get(unit.id);
  if (!existing || (!existing.text.includes('<target>') && unit.text.includes('<target>'))) merged.set(unit.id, unit);
}
const head = ours.slice(0, ours.indexOf('<body>') + '<body>'.length);
const tail = ours.slice(ours.indexOf('</body>'));
writeFileSync(oursPath, `${head}\n${[...merged.values()].map((u) => u.text).join('\n')}\n${tail}`);
