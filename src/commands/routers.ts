import {BaseCommand} from '../cli/base-command.js'
import {sharedFlags} from '../cli/shared-flags.js'
import {outputResult} from '../output.js'
import {createRouterRegistry} from '../routers/registry.js'
import type {RouterListing} from '../services/routers/list-routers.js'
import {formatRouterTable, listRouters} from '../services/routers/list-routers.js'

export default class Routers extends BaseCommand {
  static override summary = 'Lists the registered routers with their family and capabilities.'
  static override examples = [
    {description: 'List every router.', command: '<%= config.bin %> <%= command.id %>'},
    {description: 'List them as JSON.', command: '<%= config.bin %> <%= command.id %> --json'},
  ]
  static override flags = {...sharedFlags}
  static override enableJsonFlag = true

  async run(): Promise<{routers: RouterListing[]}> {
    const {flags} = await this.parse(Routers)
    this.applyVerbosity(flags)
    const routers = listRouters(createRouterRegistry())
    if (!this.jsonEnabled()) outputResult(formatRouterTable(routers))
    return {routers}
  }
}
