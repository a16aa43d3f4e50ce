export {createAdamStep} from './adam-step.js'
export type {AdamOptions, AdamStep} from './adam-step.js'
export {createExampleBatches} from './example-batches.js'
export type {
  CreateExampleBatchesOptions,
  ExampleBatches,
  TrainingBatches,
} from './example-batches.js'
export {createSeededRandom, deriveSeed, randomPermutation} from './math/seeded-random.js'
export type {SeededRandom} from './math/seeded-random.js'
export {initialWeights} from './math/weight-initialisers.js'
export type {WeightInitialiser} from './math/weight-initialisers.js'
export {
  assignNamedTensors,
  createParameter,
  exportNamedTensors,
  importNamedTensors,
} from './named-tensors.js'
export type {CreateParameterOptions, NamedTensorArrays} from './named-tensors.js'
export {initialiseTensorFlow} from './tensorflow-backend.js'
export type {
  InitialiseTensorFlowOptions,
  MLRuntime,
  TensorFlowPreference,
} from './tensorflow-backend.js'
export {trainModel} from './train-loop.js'
export type {
  EpochRecord,
  TrainingHistory,
  TrainingStepContext,
  TrainingStopReason,
  TrainModelOptions,
} from './train-loop.js'
export {registerWasmKernels} from './wasm-kernels.js'
