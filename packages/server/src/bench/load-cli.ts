import { runLoad } from './load.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as { url: string; seconds: number; concurrency: number; headers?: Record<string, string> };
const result = await runLoad(options.url, options);
process.stdout.write(JSON.stringify(result));
