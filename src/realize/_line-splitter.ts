/** Byte-offset line splitting for big JSONL files (batch results are indexed by offset). */
/**
 * Splits a stream of chunks into lines with their byte offsets, in time linear in the input however long
 * a line is: a line's pieces are kept as a list and joined once (joining at every chunk was quadratic:
 * a 200 MB line ran for minutes). `copiedBytes` counts the bytes joined, for the test that keeps it linear.
 */
export class LineSplitter {
  private pieces: Buffer[] = [];
  private pending = 0;
  private offset = 0;
  copiedBytes = 0;

  *push(chunk: Buffer): Generator<{ bytes: Buffer; offset: number }> {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const bytes = this.take(chunk.subarray(start, nl));
      yield { bytes, offset: this.offset };
      this.offset += bytes.length + 1;
      start = nl + 1;
    }
    if (start < chunk.length) {
      // A copy: the stream may reuse its buffer for the next chunk.
      this.pieces.push(Buffer.from(chunk.subarray(start)));
      this.pending += chunk.length - start;
    }
  }

  end(): { bytes: Buffer; offset: number } | undefined {
    if (this.pending === 0) return undefined;
    return { bytes: this.take(Buffer.alloc(0)), offset: this.offset };
  }

  private take(tail: Buffer): Buffer {
    if (this.pieces.length === 0) return tail;
    this.copiedBytes += this.pending + tail.length;
    const bytes = Buffer.concat([...this.pieces, tail], this.pending + tail.length);
    this.pieces = [];
    this.pending = 0;
    return bytes;
  }
}

