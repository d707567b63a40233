export function buildExampleRepo(exampleDir: string, target: string, options?: { bare?: boolean }): string;
