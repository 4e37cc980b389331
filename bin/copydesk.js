#!/usr/bin/env node
// The built CLI (npm run build:cli, run by npm install through "prepare").
import '../out/cli/index.js'
