import {readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import type {RouterStage} from '../../src/config/index.js'
import {createHparamSchemaTable, loadRouterConfig} from '../../src/config/index.js'
import {builtInRouters} from '../../src/routers/registry.js'

const configsDir = fileURLToPath(new URL('../../configs/', import.meta.url))
const hparamSchemas = createHparamSchemaTable(builtInRouters)
const stages: readonly RouterStage[] = ['train', 'test']
const shipped = (
  await Promise.all(
    stages.map(async (stage) =>
      (await readdir(join(configsDir, stage)))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => ({stage, name, file: join(configsDir, stage, name)})),
    ),
  )
).flat()

describe('configs/', () => {
  test('ships a train and a test config for each baseline and knnrouter', () => {
    const names = shipped.map(({stage, name}) => `${stage}/${name}`).sort()

    expect(names).toEqual(
      expect.arrayContaining(
        ['knnrouter', 'smallest_llm', 'largest_llm', 'randomrouter', 'best_single'].flatMap(
          (id) => [`test/${id}.yaml`, `train/${id}.yaml`],
        ),
      ),
    )
  })

  test.each(shipped)('$stage/$name validates for its stage', async ({stage, name, file}) => {
    const loaded = await loadRouterConfig(file, {stage, hparamSchemas})

    expect(loaded.routerId).toBe(name.replace(/\.yaml$/, ''))
    expect(loaded.dataPaths.dataset_dir).toBe(
      join(configsDir, '..', '..', 'shared', 'data', 'llmrouter-dcrouter'),
    )
    const artifactKey = stage === 'train' ? 'save_model_path' : 'load_model_path'
    expect(loaded.modelPaths[artifactKey]).toBe(
      join(configsDir, '..', 'artifacts', loaded.routerId),
    )
    // The cost model's default applies, so the configs don't pin their own.
    expect(loaded.config.cost.default_output_tokens).toBeUndefined()
  })
})
