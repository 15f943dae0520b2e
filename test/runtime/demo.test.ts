// `timconv demo`: the typed manager over the simulator runs to the end and shows what it promises.
import { strict as assert } from 'node:assert';
import { runDemo } from '../../runtime/demo/demo.ts';

describe('demo (ConversationManager over SimulatorBridge)', () => {
  it('runs to completion, prints the pages of the filter and the events it saw, and returns 0', async () => {
    const lines: string[] = [];
    assert.equal(await runDemo((l) => lines.push(l)), 0);
    const text = lines.join('\n');
    assert.match(text, /event convEvent sync start\n\s+event convEvent sync finish/);
    assert.match(text, /event group "公会战队" created with: /);
    assert.match(text, /page 1: 5 conversation\(s\), finished: false/);
    assert.match(text, /page 2: 1 conversation\(s\), finished: true/);
    assert.match(text, /code 51011/);
    assert.match(text, /event total unread changed: \d+/);
    assert.match(text, /event unread of filter in group "公会战队" changed: \d+/);
    assert.match(text, /refused: code -4: TIMConvMarkConversation: mark_type must only set the bits of mask/);
    assert.match(text, /pinned, active_time 46116860\d{11}/);
    assert.match(text, /marked app:on-PC/);
    // Each conversation of the filter is listed once across the pages.
    const listed = lines.slice(lines.findIndex((l) => l.includes('page 1:')), lines.findIndex((l) => l.includes('page 2:')) + 2)
      .filter((l) => l.startsWith('    - ')).map((l) => l.split(' (')[0]);
    assert.equal(listed.length, 6);
    assert.equal(new Set(listed).size, 6);
  });
});
