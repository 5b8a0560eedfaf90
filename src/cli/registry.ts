import type { Command } from './command.js';
import { standardsCommand } from './commands/standards.js';
import { showCommand } from './commands/show.js';
import { lintCommand } from './commands/lint.js';
import { scoreCommand } from './commands/score.js';
import { gapCommand } from './commands/gap.js';
import { formCommand } from './commands/form.js';
import { batchCommand } from './commands/batch.js';
import { compareCommand } from './commands/compare.js';
import { summaryCommand } from './commands/summary.js';
import { diffCommand } from './commands/diff.js';
import { rectifyCommand } from './commands/rectify.js';
import { dueCommand } from './commands/due.js';
import { historyCommand } from './commands/history.js';
import { verifyCommand } from './commands/verify.js';
import { importCommand } from './commands/import.js';
import { exportCommand } from './commands/export.js';
import { migrateCommand } from './commands/migrate.js';

/** Every verb of `vsr`, in the order `--help` lists them. A new verb is a module plus one line here. */
export const commands: Command[] = [standardsCommand, showCommand, lintCommand, scoreCommand, gapCommand, formCommand, batchCommand, compareCommand, diffCommand];
commands.push(rectifyCommand);
commands.push(dueCommand);
commands.push(historyCommand);
commands.push(verifyCommand);
commands.push(importCommand);
commands.push(exportCommand);
commands.push(migrateCommand);
commands.push(summaryCommand);
