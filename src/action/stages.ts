// The run's log, one collapsible group per stage (changes, rules, LLM, publish), and one line of
// progress per stage outside the groups, so a long run can be followed with every group closed.
import * as core from '@actions/core';

export type StageName = 'changes' | 'rules' | 'LLM' | 'publish';

// runReview (src/run.ts) runs the rules and the LLM pass in one call and says when the model
// starts with this line; until it offers a stage callback, that line switches the group.
const LLM_START = /^Running the LLM review\b/;

export class StageLog {
  private current?: { name: StageName; started: number };

  constructor(private readonly clock: () => number = () => Date.now()) {}

  begin(name: StageName): void {
    this.end();
    core.startGroup(`Data Engineer Review: ${name}`);
    this.current = { name, started: this.clock() };
  }

  /** Closes the open group and prints its progress line. */
  end(summary?: string): void {
    const stage = this.current;
    if (!stage) return;
    this.current = undefined;
    core.endGroup();
    const seconds = ((this.clock() - stage.started) / 1000).toFixed(1);
    core.info(`[${stage.name}] ${summary ?? 'done'} (${seconds} s)`);
  }

  /** The log callback for runReview: lines go into the open group, the LLM start opens its own. */
  reviewLog(): (line: string) => void {
    return (line) => {
      if (LLM_START.test(line) && this.current?.name === 'rules') this.begin('LLM');
      core.info(line);
    };
  }

  get stage(): StageName | undefined {
    return this.current?.name;
  }
}
