export function bundlePlugin(options: {
  name: string;
  version: string;
  bootstrapEntry: string;
  serverEntry: string;
  outDir: string;
  minify?: boolean;
}): Promise<{ executable: string; dir: string }>;
