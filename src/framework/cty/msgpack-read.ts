// Reading msgpack into a neutral tree for the value decoder. Maps come back as their entries, never as
// JS objects: a key is data whatever it spells ("__proto__" and "constructor" are legal Terraform map
// keys and block labels), so reading can neither refuse one nor reach a prototype. 64-bit integers come
// back as bigint, every extension as its type code and bytes.

/** A msgpack map: its entries in the order written (keys are usually strings, integers in refinements). */
export class MsgpackMap {
  constructor(readonly entries: readonly (readonly [unknown, unknown])[]) {}
}

/** A msgpack extension value; cty uses them for unknowns. */
export class MsgpackExt {
  constructor(
    readonly type: number,
    readonly data: Uint8Array,
  ) {}
}

export class MsgpackFormatError extends Error {
  override name = 'MsgpackFormatError';
}

export function readMsgpack(bytes: Uint8Array): unknown {
  const reader = new Reader(bytes);
  const value = reader.value();
  if (reader.pos !== bytes.length) throw new MsgpackFormatError(`${bytes.length - reader.pos} extra bytes after the value`);
  return value;
}

class Reader {
  pos = 0;
  private readonly view: DataView;
  private readonly buffer: Buffer;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  value(): unknown {
    const head = this.u8();
    if (head <= 0x7f) return head;
    if (head >= 0xe0) return head - 0x100;
    if (head >= 0xa0 && head <= 0xbf) return this.str(head & 0x1f);
    if (head >= 0x90 && head <= 0x9f) return this.array(head & 0x0f);
    if (head >= 0x80 && head <= 0x8f) return this.map(head & 0x0f);
    switch (head) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xc4:
        return this.bin(this.u8());
      case 0xc5:
        return this.bin(this.u16());
      case 0xc6:
        return this.bin(this.u32());
      case 0xc7:
        return this.ext(this.u8());
      case 0xc8:
        return this.ext(this.u16());
      case 0xc9:
        return this.ext(this.u32());
      case 0xca:
        return this.view.getFloat32(this.take(4));
      case 0xcb:
        return this.view.getFloat64(this.take(8));
      case 0xcc:
        return this.u8();
      case 0xcd:
        return this.u16();
      case 0xce:
        return this.u32();
      case 0xcf:
        return this.view.getBigUint64(this.take(8));
      case 0xd0:
        return this.view.getInt8(this.take(1));
      case 0xd1:
        return this.view.getInt16(this.take(2));
      case 0xd2:
        return this.view.getInt32(this.take(4));
      case 0xd3:
        return this.view.getBigInt64(this.take(8));
      case 0xd4:
        return this.ext(1);
      case 0xd5:
        return this.ext(2);
      case 0xd6:
        return this.ext(4);
      case 0xd7:
        return this.ext(8);
      case 0xd8:
        return this.ext(16);
      case 0xd9:
        return this.str(this.u8());
      case 0xda:
        return this.str(this.u16());
      case 0xdb:
        return this.str(this.u32());
      case 0xdc:
        return this.array(this.u16());
      case 0xdd:
        return this.array(this.u32());
      case 0xde:
        return this.map(this.u16());
      case 0xdf:
        return this.map(this.u32());
    }
    throw new MsgpackFormatError(`unknown type byte 0x${head.toString(16)} at offset ${this.pos - 1}`);
  }

  /** Advances past n bytes, returning where they start; refuses to run past the end. */
  private take(n: number): number {
    const at = this.pos;
    if (at + n > this.bytes.length) throw new MsgpackFormatError(`unexpected end of data at offset ${at} (${n} more bytes needed)`);
    this.pos = at + n;
    return at;
  }

  private u8(): number {
    return this.view.getUint8(this.take(1));
  }

  private u16(): number {
    return this.view.getUint16(this.take(2));
  }

  private u32(): number {
    return this.view.getUint32(this.take(4));
  }

  private str(n: number): string {
    const at = this.take(n);
    return this.buffer.toString('utf8', at, at + n);
  }

  private bin(n: number): Uint8Array {
    const at = this.take(n);
    return this.bytes.slice(at, at + n);
  }

  private ext(n: number): MsgpackExt {
    const type = this.view.getInt8(this.take(1));
    return new MsgpackExt(type, this.bin(n));
  }

  private array(n: number): unknown[] {
    // Each element takes at least a byte: a length beyond the remaining data is malformed, not a huge allocation.
    if (n > this.bytes.length - this.pos) throw new MsgpackFormatError(`an array of ${n} elements cannot fit in the remaining data`);
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = this.value();
    return out;
  }

  private map(n: number): MsgpackMap {
    if (2 * n > this.bytes.length - this.pos) throw new MsgpackFormatError(`a map of ${n} entries cannot fit in the remaining data`);
    const entries: (readonly [unknown, unknown])[] = [];
    for (let i = 0; i < n; i++) {
      const key = this.value();
      entries.push([key, this.value()]);
    }
    return new MsgpackMap(entries);
  }
}
