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
  type CommandResult,
  type CommandSubjects,
  type Decider,
  type LoadedAggregate,
} from './decider';
export { given } from './given';
