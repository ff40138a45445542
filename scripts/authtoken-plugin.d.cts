export function bundleAuthtokenPlugin(outDir: string): Promise<{ executable: string; dir: string }>;
