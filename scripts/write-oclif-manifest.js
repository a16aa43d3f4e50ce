// Writes oclif.manifest.json from the compiled commands, so `llmrouter --help` and every
// command start without importing each command module first.
import {Config} from '@oclif/core'
import {writeFile, rename} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const config = await Config.load({root, ignoreManifest: true})
const manifest = config.rootPlugin.manifest
const target = path.join(root, 'oclif.manifest.json')
await writeFile(`${target}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`)
await rename(`${target}.tmp`, target)
