// What the global setup hands to test files.
declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}
export {};
