export function bundlePlugin(options: {
  name: string;
  version: string;
  bootstrapEntry: string;
  serverEntry: string;
  outDir: string;
  minify?: boolean;
  /** Packages bundled apart, loaded when the server first requires them. */
  lazyPackages?: string[];
}): Promise<{ executable: string; dir: string }>;
