import type {RouterDefinition} from '../router-definition.js'
import {eloHparamSchema} from './elo-config.js'
import {createEloRouter, eloCapabilities} from './elo-router.js'
import {trainEloRouter} from './elo-trainer.js'

/** elorouter's registry row. */
export const eloRouterDefinition: RouterDefinition = {
  id: 'elorouter',
  aliases: ['elo', 'elo_router'],
  description: 'Rates the models by Elo (Bradley–Terry) from battles on similar training queries.',
  family: 'single-round',
  // Limitation: the row advertises the default mode's needs, so training in `mode: global`
  // still embeds the training queries (free once cached) and then ignores them.
  capabilities: eloCapabilities({mode: 'similarity'}),
  originalRule: {mode: 'global'},
  hparamSchema: eloHparamSchema,
  train: trainEloRouter,
  create: createEloRouter,
}
