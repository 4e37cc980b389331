// Child process for the kill test: saves two versions of a large article to argv[2] in turn, forever,
// through the app's own atomic writer, until it is killed.
import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../../src/node/atomicWrite'

const [target, versionA, versionB] = process.argv.slice(2) as [string, string, string]
const versions = [readFileSync(versionA, 'utf8'), readFileSync(versionB, 'utf8')]
process.stdout.write('ready\n')
for (let i = 0; ; i++) await writeFileAtomic(target, versions[i % 2]!)
