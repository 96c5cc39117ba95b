import { parseDocument } from 'yaml'; import fs from 'node:fs';
import { execSync } from 'node:child_process';
const files = execSync('find content tests/fixtures -name "*.yaml" | sort').toString().trim().split('\n');
const f = files[294631172 % files.length]; let t = fs.readFileSync(f, 'utf8');
let p = 264426672 % (t.length + 1); t = t.slice(0, p) + '>' + t.slice(p + 1);
p = 1894320777 % (t.length + 1); t = t.slice(0, p) + '---\n' + t.slice(p);
console.log(f, JSON.stringify(t.slice(Math.max(0,p-80), p + 80)));
const d = parseDocument(t, { uniqueKeys: true }); console.log(d.errors.map(e => e.message), d.warnings.map(w=>w.code));
