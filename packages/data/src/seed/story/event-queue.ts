// The story's clock: events run in time order (ties in the order they were scheduled), so each
// one sees the balances exactly as they were at its instant. A binary heap; nothing this small is
// worth a dependency.

interface QueuedEvent {
  at: number;
  sequence: number;
  run: (at: Date) => void;
}

export class EventQueue {
  private readonly heap: QueuedEvent[] = [];
  private scheduled = 0;

  /** Schedules `run` at `at`; events after `until` (see runUntil) never happen. */
  schedule(at: Date, run: (at: Date) => void): void {
    this.heap.push({ at: at.getTime(), sequence: this.scheduled, run });
    this.scheduled += 1;
    this.siftUp(this.heap.length - 1);
  }

  /** Runs every event up to and including `until`, in order; later ones are dropped. */
  runUntil(until: Date): void {
    const end = until.getTime();
    for (let next = this.pop(); next && next.at <= end; next = this.pop()) {
      next.run(new Date(next.at));
    }
    this.heap.length = 0;
  }

  private pop(): QueuedEvent | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top && last && this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private before(a: QueuedEvent, b: QueuedEvent): boolean {
    return a.at === b.at ? a.sequence < b.sequence : a.at < b.at;
  }

  private siftUp(start: number): void {
    const heap = this.heap;
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const child = heap[index] as QueuedEvent;
      const up = heap[parent] as QueuedEvent;
      if (!this.before(child, up)) break;
      heap[index] = up;
      heap[parent] = child;
      index = parent;
    }
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    let index = start;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (
        left < heap.length &&
        this.before(heap[left] as QueuedEvent, heap[smallest] as QueuedEvent)
      ) {
        smallest = left;
      }
      if (
        right < heap.length &&
        this.before(heap[right] as QueuedEvent, heap[smallest] as QueuedEvent)
      ) {
        smallest = right;
      }
      if (smallest === index) return;
      const swap = heap[index] as QueuedEvent;
      heap[index] = heap[smallest] as QueuedEvent;
      heap[smallest] = swap;
      index = smallest;
    }
  }
}
