export type {
  CandidateScore,
  Decision,
  RouteContext,
  RouterCapabilities,
  RouterFamily,
  RouterQuery,
  RouterV1,
  ScoreTable,
} from './router-v1.js'
