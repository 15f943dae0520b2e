// The isolation check that guards loading and initializing libImSDK.so, and the refusal it drives.
// Nothing here loads the library: in this (normal) namespace the bridge must refuse before that.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { NodeNativeBridge } from '../../runtime/bridges/node/index.ts';
import { NotIsolatedError, checkIsolation, interfacesOf, judgeIsolation, type NetSnapshot } from '../../runtime/bridges/node/isolation.ts';
import { isIsolated, runIsolated } from '../support/netns.ts';
import { loadNativeSurface } from './support/surface.ts';

const DEV_HEADER = 'Inter-|   Receive                                                |  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n';
const devOf = (...names: string[]) => DEV_HEADER + names.map((n) => `  ${n}:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0\n`).join('');
const ROUTE_HEADER = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n';
const REJECT_V6 = '00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n';
const USABLE_V6 = 'fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n';

/** What `unshare --net` gives: lo only, down, no routes but the kernel's reject entries. */
const NETNS: NetSnapshot = { dev: devOf('lo'), route: ROUTE_HEADER, ipv6Route: REJECT_V6.repeat(2), ifInet6: '', fibTrie: '' };

describe('isolation check', () => {
  it('accepts a fresh network namespace', () => {
    assert.deepEqual(judgeIsolation(NETNS), { isolated: true, interfaces: ['lo'], reasons: [] });
  });

  it('refuses another interface', () => {
    const r = judgeIsolation({ ...NETNS, dev: devOf('lo', 'eth0') });
    assert.equal(r.isolated, false);
    assert.match(r.reasons.join(), /besides lo: eth0/);
  });

  it('refuses an IPv4 route', () => {
    const r = judgeIsolation({ ...NETNS, route: `${ROUTE_HEADER}eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n` });
    assert.match(r.reasons.join(), /IPv4 route/);
  });

  it('refuses a usable IPv6 route but not the kernel reject entries', () => {
    assert.match(judgeIsolation({ ...NETNS, ipv6Route: REJECT_V6 + USABLE_V6 }).reasons.join(), /1 usable IPv6 route.*eth0/);
  });

  it('refuses a loopback that is up (addresses configured)', () => {
    const r = judgeIsolation({ ...NETNS, fibTrie: 'Main:\n  +-- 127.0.0.0/8 2 0 2\n', ifInet6: '00000000000000000000000000000001 01 80 10 80       lo\n' });
    assert.equal(r.isolated, false);
    assert.equal(r.reasons.length, 2);
  });

  it('fails closed when /proc/self/net cannot be read', () => {
    const r = judgeIsolation({ ...NETNS, dev: null, route: null });
    assert.equal(r.isolated, false);
    assert.match(r.reasons.join(), /cannot read .*dev.*cannot read .*route/);
  });

  it('reads interface names from /proc/net/dev', () => {
    assert.deepEqual(interfacesOf(devOf('lo', 'eth0', 'ifb0')), ['lo', 'eth0', 'ifb0']);
  });
});

describe('isolation in this process and in a child', () => {
  it('reports this (normal) namespace as not isolated', function () {
    if (isIsolated()) this.skip(); // the whole test run is already inside an isolated namespace
    const r = checkIsolation();
    assert.equal(r.isolated, false);
    assert.ok(r.reasons.length > 0);
  });

  it('NodeNativeBridge refuses to load the library here, before touching the path', async function () {
    if (isIsolated()) this.skip();
    const { surface } = await loadNativeSurface();
    // A path that does not exist: if the check were skipped, koffi would fail with a load error
    // instead of NotIsolatedError, and nothing real would be loaded either way.
    assert.throws(() => new NodeNativeBridge({ libraryPath: '/nonexistent/libImSDK.so', surface }), (err: unknown) => {
      assert.ok(err instanceof NotIsolatedError, String(err));
      assert.match(err.message, /refusing to load \/nonexistent\/libImSDK\.so: .*not in an isolated network namespace.*unshare --net/);
      return true;
    });
    assert.doesNotMatch(readFileSync('/proc/self/maps', 'utf8'), /libImSDK/);
  });

  it('reports a child started with unshare --net as isolated', async function () {
    this.timeout(30_000);
    const { result } = await runIsolated.call(this, 'test/native/scripts/isolation-child.ts', [], { timeoutMs: 20_000 });
    assert.deepEqual(result, { isolated: true, interfaces: ['lo'], reasons: [] });
  });
});
