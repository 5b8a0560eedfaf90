// Placeholder entry point for the batch worker; the batch stage (issue 5) fills it in.
export {};
