// The pure core (src/) is checked against ECMAScript alone (tsconfig.core.json):
// no DOM, no Node. The one host facility it uses is the WHATWG TextDecoder, which
// browsers and Node both provide; it is declared here, as much of it as src/ uses.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
