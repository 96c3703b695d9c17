import vm from 'node:vm';

/** A file's work ran past its time budget and was stopped. */
export class BudgetExceeded extends Error {
  override name = 'BudgetExceeded';
}

const context = vm.createContext({});
const call = new vm.Script('work()', { filename: 'stromlint-time-budget' });

/**
 * Runs synchronous `work`, stopped after `ms` milliseconds: V8 ends the execution wherever it is (a
 * parser, a regular expression, a rule), on this thread, without a worker. What `work` throws comes
 * through unchanged; a stop throws BudgetExceeded. State `work` changed halfway stays as it was left,
 * so it must build its result rather than publish it piece by piece.
 */
export function withinBudget<T>(work: () => T, ms: number): T {
  context.work = work;
  try {
    return call.runInContext(context, { timeout: ms }) as T;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new BudgetExceeded(`stopped after ${ms} ms`);
    throw error;
  } finally {
    context.work = undefined;
  }
}
