export {
  ignoreUnknownEvent,
  projectEvent,
  upsert,
  update,
  remove,
  type EntityClass,
  type Projection,
  type ReadModelChange,
} from './projection';
export { changesToSql, changeToSql, type SqlStatement } from './change-sql';
export { ProjectionRunner, type ProjectionRunnerLogger } from './projection-runner';
export { projectionsCaughtUp } from './projections-caught-up';
