export {
  heldRoles,
  commandMetadataFrom,
  toEventMetadata,
  underRole,
  type Command,
  type CommandMetadata,
} from './command-metadata';
export {
  handleCommand,
  loadAggregate,
  readOnlyDecider,
  type CommandResult,
  type CommandSubjects,
  type Decider,
  type LoadedAggregate,
  type ReadOnlyDecider,
} from './decider';
export { inputChecks, type InvalidField } from './input-checks';
