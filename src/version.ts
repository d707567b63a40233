// The product version written into reports and SARIF; kept in step with package.json by a test.
export const VERSION = '0.1.0';
export const TOOL_NAME = 'data-engineer-review';
