export {evaluateRouters} from './evaluate-routers.js'
export {findPoint, findPointIndex, findRouterEvaluation} from './find-point.js'
export type {MeasuredPoint, PointCriteria} from './find-point.js'
export {formatCostQualityChart} from './report/format-cost-quality-chart.js'
export type {ChartOptions} from './report/format-cost-quality-chart.js'
export {formatEvaluationCSV} from './report/format-evaluation-csv.js'
export {formatEvaluationTable} from './report/format-evaluation-table.js'
export type {TerminalReportOptions} from './report/format-evaluation-table.js'
export {formatTaskTable} from './report/format-task-table.js'
export type {TaskTableOptions} from './report/format-task-table.js'
export {renderEvaluationSVG} from './report/render-evaluation-svg.js'
export type {
  ConfidenceInterval,
  CurveSummary,
  EvaluationBaselines,
  EvaluationInput,
  EvaluationReport,
  HullVertex,
  MetricDefinitions,
  PointMetrics,
  RouterEvaluation,
  RouterPoint,
  RouterRun,
  RouterRunPoint,
  SingleModelEvaluation,
  TaskMetrics,
  TwoModelMetrics,
  TwoModelSetup,
} from './types.js'
