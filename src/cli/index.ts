/**
 * Headless entry point: `node --import tsx src/cli/index.ts analyze <folder>`
 * (or `npm run --silent parallax -- analyze <folder>`), and `… brief <folder> --out <file.pdf>`.
 */
import { analyzeFolder, type CliOutput } from './analyze';
import { briefFolder } from './brief';
import { BRIEF_USAGE } from './brief-args';

const USAGE = `usage: parallax analyze <folder>\n${BRIEF_USAGE}`;

export async function main(args: string[], output: CliOutput): Promise<number> {
  const [command, folder, ...extra] = args;
  if (command === 'brief') return briefFolder(args.slice(1), output);
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
