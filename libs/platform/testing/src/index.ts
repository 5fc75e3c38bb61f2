export { createTestDatabase, serverUrl, type TestDatabase } from './postgres/test-database';
export * from './kafka';
