// Dotted masks and wildcards: IOS-XE addresses interfaces, routes and ACLs with them.

export function prefixLengthToMask(length: number): string {
  const bits = length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
  return toDotted(bits);
}

export function prefixLengthToWildcard(length: number): string {
  const bits = length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
  return toDotted(~bits >>> 0);
}

function toDotted(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

/** "10.1.0.0/16" -> ["10.1.0.0", 16]. The caller validated the prefix. */
export function splitCidr(cidr: string): [string, number] {
  const [address, length] = cidr.split('/');
  return [address ?? '0.0.0.0', Number(length)];
}
