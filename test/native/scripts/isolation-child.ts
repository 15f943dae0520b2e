// Started with `unshare --net` by isolation.test.ts: prints what the isolation check sees there.
// Loads nothing native.
import { checkIsolation } from '../../../runtime/bridges/node/isolation.ts';
import { printIsolatedResult } from '../../support/netns.ts';

printIsolatedResult(checkIsolation());
