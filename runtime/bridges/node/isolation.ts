// Is this process in an isolated network namespace? The real libImSDK.so opens connections to
// public addresses as soon as TIMInit runs, so the Node bridge loads and initializes it only when
// this says yes. Node-only (reads /proc).
//
// The check reads /proc/self/net, which always shows the namespace of this process. It does not use
// /sys/class/net: after `unshare --net` sysfs is still the one mounted by the parent namespace and
// lists the host's interfaces.
//
// Isolated means: the only interface is `lo`, there is no IPv4 route, every IPv6 route is a
// reject route (the kernel's default "unreachable" entries), and no address is configured (so `lo`
// is down). That is what `unshare --net` gives. Anything unreadable counts as not isolated.
import { readFileSync } from 'node:fs';

export interface NetSnapshot {
  /** /proc/self/net/dev; null when unreadable. */
  dev: string | null;
  /** /proc/self/net/route (IPv4 main table); null when unreadable. */
  route: string | null;
  /** /proc/self/net/ipv6_route, if_inet6 and fib_trie; '' when IPv6 is off or the file is absent. */
  ipv6Route: string;
  ifInet6: string;
  fibTrie: string;
}

export interface IsolationReport {
  isolated: boolean;
  interfaces: string[];
  /** Why it is not isolated; empty when it is. */
  reasons: string[];
}

export class NotIsolatedError extends Error {
  constructor(readonly action: string, readonly report: IsolationReport) {
    super(`refusing to ${action}: this process is not in an isolated network namespace (${report.reasons.join('; ')}). ` +
      'libImSDK.so contacts public internet addresses once initialized; run the process with `unshare --net <command>`.');
    this.name = 'NotIsolatedError';
  }
}

const RTF_REJECT = 0x0200;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export function readNetSnapshot(dir = '/proc/self/net'): NetSnapshot {
  return {
    dev: read(`${dir}/dev`),
    route: read(`${dir}/route`),
    ipv6Route: read(`${dir}/ipv6_route`) ?? '',
    ifInet6: read(`${dir}/if_inet6`) ?? '',
    fibTrie: read(`${dir}/fib_trie`) ?? '',
  };
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Interface names of /proc/net/dev (two header lines, then "name: counters"). */
export function interfacesOf(dev: string): string[] {
  return lines(dev).slice(2).map((l) => l.slice(0, l.indexOf(':')).trim()).filter(Boolean);
}

export function judgeIsolation(s: NetSnapshot): IsolationReport {
  const reasons: string[] = [];
  if (s.dev === null) reasons.push('cannot read /proc/self/net/dev');
  if (s.route === null) reasons.push('cannot read /proc/self/net/route');
  const interfaces = s.dev === null ? [] : interfacesOf(s.dev);
  const others = interfaces.filter((i) => i !== 'lo');
  if (others.length) reasons.push(`network interfaces besides lo: ${others.join(', ')}`);
  const v4 = s.route === null ? [] : lines(s.route).slice(1);
  if (v4.length) reasons.push(`${v4.length} IPv4 route(s), e.g. via ${v4[0].split(/\s+/)[0]}`);
  const v6 = lines(s.ipv6Route).filter((l) => {
    const flags = Number.parseInt(l.split(/\s+/)[8] ?? '', 16);
    return !(Number.isFinite(flags) && (flags & RTF_REJECT) !== 0);
  });
  if (v6.length) reasons.push(`${v6.length} usable IPv6 route(s), e.g. via ${v6[0].split(/\s+/).at(-1)}`);
  if (lines(s.ifInet6).length) reasons.push('IPv6 addresses are configured (an interface is up)');
  if (lines(s.fibTrie).length) reasons.push('IPv4 addresses are configured (an interface is up)');
  return { isolated: reasons.length === 0, interfaces, reasons };
}

export function checkIsolation(): IsolationReport {
  return judgeIsolation(readNetSnapshot());
}

/** Throws NotIsolatedError unless the process is isolated; `action` names what was refused. */
export function assertIsolated(action: string): void {
  const report = checkIsolation();
  if (!report.isolated) throw new NotIsolatedError(action, report);
}
