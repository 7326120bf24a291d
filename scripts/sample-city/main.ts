/**
 * CLI: `npx tsx scripts/sample-city/main.ts <outDir> [--seed N]` writes the sample city
 * (kota.xlsx and one folder of OPD workbooks per month) into <outDir>.
 */
import { DEFAULT_SEED, generateSampleCity } from './generate';

async function main(argv: readonly string[]): Promise<number> {
  const args = [...argv];
  let seed = DEFAULT_SEED;
  const seedAt = args.indexOf('--seed');
  if (seedAt >= 0) {
    seed = Number(args[seedAt + 1]);
    args.splice(seedAt, 2);
    if (!Number.isInteger(seed)) {
      console.error('--seed memerlukan bilangan bulat / --seed needs an integer');
      return 2;
    }
  }
  const outDir = args[0];
  if (!outDir || args.length > 1 || outDir.startsWith('-')) {
    console.error('Pemakaian / usage: npx tsx scripts/sample-city/main.ts <folder-keluaran> [--seed N]');
    return 2;
  }
  const city = await generateSampleCity(outDir, { seed });
  console.log(`${city.cityName} ${city.year}: ${city.opdCount} OPD`);
  console.log(`  ${city.cityFile}`);
  for (const month of city.months) console.log(`  ${month.folder}: ${month.files.length} workbook OPD`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
