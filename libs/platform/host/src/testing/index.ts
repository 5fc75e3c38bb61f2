// The host's test application: for specs and the services' test apps only (lint refuses it to other code).
export { startTestHost, type TestCaller, type TestHost, type TestHostOptions, type TestMethod } from './test-host';
