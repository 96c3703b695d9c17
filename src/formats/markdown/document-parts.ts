import type { AdapterNotice, Block, Container, Directive } from '../../document/types.js';
import type { BlockText } from './block-text.js';

/** A block as the walk describes it; the id and (by default) the container are filled in here. */
export type BlockFields = Omit<Block, 'id' | 'text' | 'map' | 'container' | 'copy'> & { container?: number };

/**
 * The blocks, containers, directives and notices of a Markdown document as they are collected,
 * with the stack of open containers that gives each new block its innermost container.
 */
export class DocumentParts {
  readonly blocks: Block[] = [];
  readonly containers: Container[] = [];
  readonly directives: Directive[] = [];
  readonly notices: AdapterNotice[] = [];
  private readonly open: number[] = [];

  /** The innermost open container, or -1. */
  get current(): number {
    return this.open.length > 0 ? this.open[this.open.length - 1]! : -1;
  }

  /** Adds a block from built text; empty text adds nothing. */
  addBlock(text: BlockText, fields: BlockFields): void {
    const value = text.toString();
    if (value.length === 0) return;
    const { container, ...rest } = fields;
    this.blocks.push({ id: this.blocks.length, text: value, map: text.map, copy: true, container: container ?? this.current, ...rest });
  }

  /** Opens a container inside the innermost open one. */
  openContainer(tag: string): void {
    const id = this.containers.length;
    this.containers.push({ id, parent: this.current, tag, classes: [], firstBlock: this.blocks.length, endBlock: this.blocks.length });
    this.open.push(id);
  }

  /** Closes the innermost open container. */
  closeContainer(): void {
    const id = this.open.pop();
    if (id !== undefined) this.containers[id]!.endBlock = this.blocks.length;
  }

  /** Adds what was read elsewhere (raw HTML): block and container ids already continue ours. */
  splice(blocks: Block[], containers: Container[], directives: Directive[]): void {
    for (const block of blocks) this.blocks.push(block);
    for (const container of containers) this.containers.push(container);
    for (const directive of directives) this.directives.push(directive);
  }
}
