#!/usr/bin/env node
// Installed entry point: runs the compiled CLI (built by `npm ci` / `npm run build` via the prepare script).
import '../dist/cli/main.js';
