import {generateCompetitionMath} from './competition-math.js'
import type {TaskName} from './demo-models.js'
import {generateGradeSchoolMath} from './grade-school-math.js'
import {generateKnowledge} from './knowledge-mc.js'
import {generateCoding} from './python-coding.js'
import type {QueryDraft} from './query-drafts.js'
import type {Random} from './random.js'
import {generateScience} from './science-reasoning.js'
import {generateTrivia} from './trivia.js'

/** A task family: the benchmark it imitates, how it is scored and how its queries are drawn. */
export interface TaskSpec {
  readonly name: TaskName
  readonly benchmark: string
  readonly metric: string
  /** Mean output tokens of a verbosity-1 model on a query of difficulty 0. */
  readonly outputTokens: number
  readonly generate: (random: Random) => QueryDraft[]
}

/** The task families, in the order their queries appear in the files. */
export const TASKS: readonly TaskSpec[] = [
  {
    name: 'grade_school_math',
    benchmark: 'GSM8K',
    metric: 'simulated_exact_match',
    outputTokens: 190,
    generate: generateGradeSchoolMath,
  },
  {
    name: 'competition_math',
    benchmark: 'MATH',
    metric: 'simulated_exact_match',
    outputTokens: 420,
    generate: generateCompetitionMath,
  },
  {
    name: 'knowledge_mc',
    benchmark: 'MMLU',
    metric: 'simulated_exact_match',
    outputTokens: 140,
    generate: generateKnowledge,
  },
  {
    name: 'science_reasoning',
    benchmark: 'ARC-Challenge',
    metric: 'simulated_exact_match',
    outputTokens: 70,
    generate: generateScience,
  },
  {
    name: 'python_coding',
    benchmark: 'HumanEval',
    metric: 'simulated_pass_at_1',
    outputTokens: 170,
    generate: generateCoding,
  },
  {
    name: 'trivia',
    benchmark: 'TriviaQA',
    metric: 'simulated_exact_match',
    outputTokens: 18,
    generate: generateTrivia,
  },
]
