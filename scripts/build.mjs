#!/usr/bin/env node
// npm run build: the npm entry points (tsc, Lit kept as a dependency), the JSON Schema, and the
// self-contained script-tag bundles (rollup).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync('dist/schema', { recursive: true });
cpSync('src/contract/schema/disclosure.schema.json', 'dist/schema/disclosure.schema.json');
if (existsSync('src/bundles') && readdirSync('src/bundles').some((f) => f.endsWith('.ts'))) run('npx', ['rollup', '-c', '--silent']);
