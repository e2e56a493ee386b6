/**
 * Headless entry point: `node --import tsx src/cli/index.ts analyze <folder>`
 * (or `npm run --silent parallax -- analyze <folder>`).
 */
import { analyzeFolder, type CliOutput } from './analyze';

const USAGE = 'usage: parallax analyze <folder>';

export async function main(args: string[], output: CliOutput): Promise<number> {
  const [command, folder, ...extra] = args;
  if (command !== 'analyze' || !folder || extra.length > 0) {
    output.err(USAGE);
    return 2;
  }
  return analyzeFolder(folder, output);
}

const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

main(process.argv.slice(2), processOutput).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `parallax: unexpected error: ${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
