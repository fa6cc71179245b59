// The part of des.js (Fedor Indutny, MIT; no types published) that the ID number cipher uses.
declare module 'des.js' {
  interface DesCipher {
    update(data: Uint8Array | number[]): number[];
    final(): number[];
  }
  interface DesOptions {
    readonly type: 'encrypt' | 'decrypt';
    readonly key: Uint8Array | number[];
    readonly iv?: Uint8Array | number[];
    /** PKCS#5/7 padding; false leaves the caller to pad to 8 bytes. */
    readonly padding?: boolean;
  }
  interface DesFactory {
    create(options: DesOptions): DesCipher;
  }
  export const DES: DesFactory;
  export const CBC: { instantiate(base: DesFactory): DesFactory };
}
