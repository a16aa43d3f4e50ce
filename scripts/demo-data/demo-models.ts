/** The six task families of the demo dataset, as written in `task_name`. */
export type TaskName =
  | 'grade_school_math'
  | 'competition_math'
  | 'knowledge_mc'
  | 'science_reasoning'
  | 'python_coding'
  | 'trivia'

/** One model of the demo: its list prices, its published accuracies and where each comes from. */
export interface DemoModel {
  readonly name: string
  readonly inputPrice: number
  readonly outputPrice: number
  readonly size: string | null
  readonly description: string
  readonly apiModel: string
  readonly priceSource: string
  /** Multiplies every output-token draw: some models answer at greater length. */
  readonly verbosity: number
  readonly accuracy: Readonly<Record<TaskName, number>>
  readonly accuracySource: Readonly<Record<TaskName, string>>
}

const OPENAI_PRICES =
  'OpenAI API pricing page (openai.com/api/pricing), standard-tier list price as published in ' +
  'late 2024, USD per 1M tokens'
const ANTHROPIC_PRICES =
  'Anthropic API pricing page (anthropic.com/pricing), list price as published in late 2024, ' +
  'USD per 1M tokens'
const TOGETHER_PRICES =
  'Together AI serverless price of the Meta-Llama-3.1 Instruct Turbo endpoint ' +
  '(together.ai/pricing) as published in late 2024, USD per 1M tokens; other hosts charge ' +
  'differently'

const SIMPLE_EVALS = 'openai/simple-evals README (0-shot CoT)'
const LLAMA_CARD = 'Llama 3.1 model card, instruction-tuned table'
const LLAMA_RELEASE = 'Llama 3.1 release comparison table (Meta, 2024-07-23)'
const CLAUDE3_CARD = 'Claude 3 model card (Anthropic, 2024-03)'
const CLAUDE35_NEWS = 'Claude 3.5 Sonnet announcement (Anthropic, 2024-06-20)'
const PHI35_CARD = 'Phi-3.5-MoE-instruct model card, GPT-4o-mini column (Microsoft, 2024-08)'
const TRIVIA_ESTIMATE =
  'estimate: no published TriviaQA figure; logit-linear fit of TriviaQA on MMLU through the two ' +
  'Llama 3.1 points'

/** The simulated models: real list prices and published accuracies (sources in SIMULATED.md). */
export const DEMO_MODELS: readonly DemoModel[] = [
  {
    name: 'gpt-4o',
    inputPrice: 2.5,
    outputPrice: 10,
    size: null,
    description: 'OpenAI GPT-4o (2024-08-06 snapshot), closed flagship model.',
    apiModel: 'gpt-4o-2024-08-06',
    priceSource: OPENAI_PRICES,
    verbosity: 1,
    accuracy: {
      grade_school_math: 0.961,
      competition_math: 0.759,
      knowledge_mc: 0.887,
      science_reasoning: 0.967,
      python_coding: 0.902,
      trivia: 0.935,
    },
    accuracySource: {
      grade_school_math: `GSM8K 8-shot CoT, ${LLAMA_RELEASE}`,
      competition_math: `MATH, ${SIMPLE_EVALS}, gpt-4o-2024-08-06`,
      knowledge_mc: `MMLU, ${SIMPLE_EVALS}, gpt-4o-2024-08-06`,
      science_reasoning: `ARC-Challenge 0-shot, ${LLAMA_RELEASE}`,
      python_coding: `HumanEval 0-shot, ${SIMPLE_EVALS}, gpt-4o-2024-08-06`,
      trivia: TRIVIA_ESTIMATE,
    },
  },
  {
    name: 'gpt-4o-mini',
    inputPrice: 0.15,
    outputPrice: 0.6,
    size: null,
    description: 'OpenAI GPT-4o mini (2024-07-18 snapshot), small closed model.',
    apiModel: 'gpt-4o-mini-2024-07-18',
    priceSource: OPENAI_PRICES,
    verbosity: 1.12,
    accuracy: {
      grade_school_math: 0.913,
      competition_math: 0.702,
      knowledge_mc: 0.82,
      science_reasoning: 0.935,
      python_coding: 0.872,
      trivia: 0.886,
    },
    accuracySource: {
      grade_school_math: `GSM8K 8-shot CoT, ${PHI35_CARD}`,
      competition_math: `MATH, ${SIMPLE_EVALS}`,
      knowledge_mc: `MMLU, ${SIMPLE_EVALS}`,
      science_reasoning: `ARC-Challenge 10-shot, ${PHI35_CARD}`,
      python_coding: `HumanEval, ${SIMPLE_EVALS}`,
      trivia: TRIVIA_ESTIMATE,
    },
  },
  {
    name: 'claude-3-5-sonnet',
    inputPrice: 3,
    outputPrice: 15,
    size: null,
    description: 'Anthropic Claude 3.5 Sonnet (2024-06-20 snapshot), closed flagship model.',
    apiModel: 'claude-3-5-sonnet-20240620',
    priceSource: ANTHROPIC_PRICES,
    verbosity: 1.2,
    accuracy: {
      grade_school_math: 0.964,
      competition_math: 0.711,
      knowledge_mc: 0.883,
      science_reasoning: 0.967,
      python_coding: 0.92,
      trivia: 0.933,
    },
    accuracySource: {
      grade_school_math: `GSM8K 0-shot CoT, ${CLAUDE35_NEWS}`,
      competition_math: `MATH 0-shot CoT, ${CLAUDE35_NEWS}`,
      knowledge_mc: `MMLU 0-shot CoT, ${CLAUDE35_NEWS} (as listed in simple-evals)`,
      science_reasoning: `ARC-Challenge 0-shot, ${LLAMA_RELEASE}`,
      python_coding: `HumanEval 0-shot, ${CLAUDE35_NEWS}`,
      trivia: TRIVIA_ESTIMATE,
    },
  },
  {
    name: 'claude-3-haiku',
    inputPrice: 0.25,
    outputPrice: 1.25,
    size: null,
    description: 'Anthropic Claude 3 Haiku (2024-03-07 snapshot), small closed model.',
    apiModel: 'claude-3-haiku-20240307',
    priceSource: ANTHROPIC_PRICES,
    verbosity: 0.8,
    accuracy: {
      grade_school_math: 0.889,
      competition_math: 0.389,
      knowledge_mc: 0.752,
      science_reasoning: 0.892,
      python_coding: 0.759,
      trivia: 0.829,
    },
    accuracySource: {
      grade_school_math: `GSM8K 0-shot CoT, ${CLAUDE3_CARD}`,
      competition_math: `MATH, ${CLAUDE3_CARD}`,
      knowledge_mc: `MMLU 5-shot, ${CLAUDE3_CARD}`,
      science_reasoning: `ARC-Challenge 25-shot, ${CLAUDE3_CARD}`,
      python_coding: `HumanEval 0-shot, ${CLAUDE3_CARD}`,
      trivia: TRIVIA_ESTIMATE,
    },
  },
  {
    name: 'llama-3.1-70b-instruct',
    inputPrice: 0.88,
    outputPrice: 0.88,
    size: '70B',
    description: 'Meta Llama 3.1 70B Instruct, open weights, served by a hosting provider.',
    apiModel: 'meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo',
    priceSource: TOGETHER_PRICES,
    verbosity: 1.08,
    accuracy: {
      grade_school_math: 0.951,
      competition_math: 0.68,
      knowledge_mc: 0.836,
      science_reasoning: 0.948,
      python_coding: 0.805,
      trivia: 0.898,
    },
    accuracySource: {
      grade_school_math: `GSM8K 8-shot CoT, ${LLAMA_CARD}`,
      competition_math: `MATH 0-shot CoT, ${LLAMA_CARD}`,
      knowledge_mc: `MMLU 5-shot, ${LLAMA_CARD}`,
      science_reasoning: `ARC-C 0-shot, ${LLAMA_CARD}`,
      python_coding: `HumanEval 0-shot, ${LLAMA_CARD}`,
      trivia: 'TriviaQA-Wiki 5-shot, Llama 3.1 model card, pretrained (base) table',
    },
  },
  {
    name: 'llama-3.1-8b-instruct',
    inputPrice: 0.18,
    outputPrice: 0.18,
    size: '8B',
    description: 'Meta Llama 3.1 8B Instruct, open weights, served by a hosting provider.',
    apiModel: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo',
    priceSource: TOGETHER_PRICES,
    verbosity: 1.25,
    accuracy: {
      grade_school_math: 0.845,
      competition_math: 0.519,
      knowledge_mc: 0.694,
      science_reasoning: 0.834,
      python_coding: 0.726,
      trivia: 0.776,
    },
    accuracySource: {
      grade_school_math: `GSM8K 8-shot CoT, ${LLAMA_CARD}`,
      competition_math: `MATH 0-shot CoT, ${LLAMA_CARD}`,
      knowledge_mc: `MMLU 5-shot, ${LLAMA_CARD}`,
      science_reasoning: `ARC-C 0-shot, ${LLAMA_CARD}`,
      python_coding: `HumanEval 0-shot, ${LLAMA_CARD}`,
      trivia: 'TriviaQA-Wiki 5-shot, Llama 3.1 model card, pretrained (base) table',
    },
  },
]
