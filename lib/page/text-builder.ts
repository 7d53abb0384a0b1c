/**
 * Builds the article's plain text from DOM text nodes while remembering, for every character, which
 * text node and offset it came from. Whitespace is collapsed the way a reader sees it, so the engine
 * gets clean text and every span it returns maps back to the exact live DOM position, with no fuzzy
 * re-anchoring needed for the page the text was read from.
 */

/** A run of output text taken from one text node; `breaks` record where collapsed whitespace shifts the mapping. */
export interface TextSegment {
  node: Text;
  /** Offset of the segment's first character in the built text. */
  start: number;
  /** Offset just past the segment's last character in the built text. */
  end: number;
  /** Pairs [textOffset, nodeOffset], ascending; between pairs the mapping is one to one. */
  breaks: Array<[number, number]>;
}

/** The built text and its map back to the DOM. */
export interface MappedText {
  text: string;
  segments: TextSegment[];
}

const BLOCK_SEPARATOR = '\n\n';
/** Whitespace runs (what a reader sees as one space); each search starts at lastIndex. */
const WHITESPACE_RUN = /\s+/g;

/** Accumulates text node by node and block by block. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private segments: TextSegment[] = [];
  private pendingSpace: { node: Text; offset: number } | null = null;
  private blockHasText = false;
  private anyText = false;
  private separatorPending = false;

  /** Starts a new block (paragraph, heading, list item): a blank line before its first character. */
  startBlock(): void {
    this.pendingSpace = null;
    if (this.blockHasText) {
      this.separatorPending = true;
      this.blockHasText = false;
    }
  }

  /** Appends a text node's characters, collapsing whitespace runs (also across nodes) to one space. */
  appendNode(node: Text): void {
    const data = node.data;
    let segment: TextSegment | null = null;
    let runStart = -1; // node offset where the current one-to-one run starts
    let chunk = '';
    const flushChunk = () => {
      if (chunk) {
        this.push(chunk);
        chunk = '';
      }
    };
    const ensureSegment = (nodeOffset: number): TextSegment => {
      const textOffset = this.length + chunk.length;
      if (!segment) {
        segment = { node, start: textOffset, end: textOffset, breaks: [[textOffset, nodeOffset]] };
        this.segments.push(segment);
      } else if (runStart !== nodeOffset) {
        segment.breaks.push([textOffset, nodeOffset]);
      }
      return segment;
    };
    // Whole runs at a time: a run of whitespace collapses to (at most) one pending space, a run of
    // other characters maps one to one onto the node (a long article has hundreds of thousands of characters).
    let i = 0;
    while (i < data.length) {
      WHITESPACE_RUN.lastIndex = i;
      const space = WHITESPACE_RUN.exec(data);
      const runEnd = space ? space.index : data.length;
      if (runEnd > i) {
        if (this.separatorPending) {
          // Only at a block's first character, before any segment of this node exists.
          flushChunk();
          this.push(BLOCK_SEPARATOR);
          this.separatorPending = false;
        }
        if (this.pendingSpace) {
          const pending = this.pendingSpace;
          this.pendingSpace = null;
          if (pending.node === node) {
            const seg = ensureSegment(pending.offset);
            chunk += ' ';
            runStart = pending.offset + 1;
            seg.end = this.length + chunk.length;
          } else {
            this.appendSpaceOf(pending.node, pending.offset);
          }
        }
        const seg = ensureSegment(i);
        chunk += data.slice(i, runEnd);
        runStart = runEnd;
        seg.end = this.length + chunk.length;
        this.blockHasText = true;
        this.anyText = true;
      }
      if (!space) break;
      if (this.blockHasText && !this.pendingSpace) this.pendingSpace = { node, offset: space.index };
      i = space.index + space[0].length;
    }
    flushChunk();
  }

  /** The text so far and its map. */
  finish(): MappedText {
    return { text: this.parts.join(''), segments: this.segments };
  }

  /** Characters built so far: lets a reader stop at a cap. */
  get size(): number {
    return this.length;
  }

  /** True once any visible character was appended. */
  get hasText(): boolean {
    return this.anyText;
  }

  /** Emits a collapsed space that belongs to an earlier node, mapped to that node's whitespace. */
  private appendSpaceOf(node: Text, offset: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === this.length) {
      const lastBreak = last.breaks[last.breaks.length - 1] as [number, number];
      if (lastBreak[1] + (this.length - lastBreak[0]) !== offset) last.breaks.push([this.length, offset]);
      last.end = this.length + 1;
    } else {
      this.segments.push({ node, start: this.length, end: this.length + 1, breaks: [[this.length, offset]] });
    }
    this.push(' ');
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}
