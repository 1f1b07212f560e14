/** Undo for recent changes: snapshots of the data, typing in one field counting as one change. */
export class History {
  private readonly stack: { data: string; path: string }[] = [];
  private last: { path: string; at: number } | undefined;

  constructor(private readonly limit = 100) {}

  /**
   * Records the state before a change at `path`; successive keystrokes in one field make one step
   * (`coalesce` false for adding, removing or moving an item: always a step of its own).
   */
  record(data: unknown, path: string, coalesce = true, now = Date.now()): void {
    if (coalesce && this.last && this.last.path === path && now - this.last.at < 1500) {
      this.last.at = now;
      return;
    }
    this.stack.push({ data: JSON.stringify(data), path });
    if (this.stack.length > this.limit) this.stack.shift();
    this.last = { path, at: now };
  }

  /** The state before the last change, and where it was; undefined when there is nothing to undo. */
  undo(): { data: Record<string, unknown>; path: string } | undefined {
    const step = this.stack.pop();
    this.last = undefined;
    return step ? { data: JSON.parse(step.data) as Record<string, unknown>, path: step.path } : undefined;
  }

  get size(): number {
    return this.stack.length;
  }

  clear(): void {
    this.stack.length = 0;
    this.last = undefined;
  }
}
