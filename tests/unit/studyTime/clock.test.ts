// The study clock, driven by a fake clock: time counts while the page is visible and the learner
// has shown a sign of presence in the last five minutes; hiding the page or five idle minutes
// pause it, and the next sign of presence resumes it.
import { describe, expect, it } from 'vitest';
import { activity, IDLE_AFTER_MS, isCounting, startClock, take, visibility, type StudyClock } from '../../../src/core/studyTime/clock';

const SEC = 1000;
const MIN = 60 * SEC;

/** A fake wall clock and the study clock it drives. */
function fake(visible = true) {
  let now = 1_000_000;
  let clock: StudyClock = startClock(now, visible);
  return {
    advance: (ms: number) => void (now += ms),
    act: () => void (clock = activity(clock, now)),
    show: (v: boolean) => void (clock = visibility(clock, v, now)),
    take: () => {
      const r = take(clock, now);
      clock = r.clock;
      return r.ms;
    },
    counting: () => isCounting(clock, now),
    setNow: (t: number) => void (now = t),
  };
}

describe('study clock', () => {
  it('counts visible time with regular activity', () => {
    const c = fake();
    for (let i = 0; i < 10; i++) {
      c.advance(30 * SEC);
      c.act();
    }
    expect(c.take()).toBe(5 * MIN);
    expect(c.take()).toBe(0);
  });

  it('does not count while the page is hidden, and resumes when it is shown again', () => {
    const c = fake();
    c.advance(1 * MIN);
    c.show(false);
    c.advance(20 * MIN);
    expect(c.counting()).toBe(false);
    expect(c.take()).toBe(1 * MIN);
    c.show(true);
    expect(c.counting()).toBe(true);
    c.advance(2 * MIN);
    expect(c.take()).toBe(2 * MIN);
  });

  it('a page that starts hidden counts nothing until shown', () => {
    const c = fake(false);
    c.advance(10 * MIN);
    c.act(); // a stray event while hidden
    c.advance(1 * MIN);
    expect(c.take()).toBe(0);
    c.show(true);
    c.advance(30 * SEC);
    expect(c.take()).toBe(30 * SEC);
  });

  it('stops counting after 5 idle minutes, counting those 5 minutes once', () => {
    const c = fake();
    c.advance(4 * MIN);
    expect(c.counting()).toBe(true);
    c.advance(1 * MIN);
    expect(c.counting()).toBe(false);
    c.advance(55 * MIN); // away for the rest of the hour
    expect(c.take()).toBe(IDLE_AFTER_MS);
    c.advance(10 * MIN);
    expect(c.take()).toBe(0);
  });

  it('flushing during an idle spell does not count the idle time either', () => {
    const c = fake();
    c.advance(3 * MIN);
    expect(c.take()).toBe(3 * MIN);
    c.advance(30 * MIN);
    expect(c.take()).toBe(2 * MIN); // the rest of the 5-minute window, nothing more
  });

  it('resumes on the next sign of presence after going idle', () => {
    const c = fake();
    c.advance(20 * MIN);
    expect(c.counting()).toBe(false);
    c.act();
    expect(c.counting()).toBe(true);
    c.advance(45 * SEC);
    expect(c.take()).toBe(IDLE_AFTER_MS + 45 * SEC);
  });

  it('activity just before the idle limit keeps the clock running', () => {
    const c = fake();
    c.advance(IDLE_AFTER_MS - 1);
    c.act();
    c.advance(IDLE_AFTER_MS - 1);
    expect(c.counting()).toBe(true);
    expect(c.take()).toBe(2 * (IDLE_AFTER_MS - 1));
  });

  it('hidden time is not counted even within the idle window, and showing counts as presence', () => {
    const c = fake();
    c.advance(1 * MIN);
    c.show(false);
    c.advance(3 * MIN);
    c.show(true);
    c.advance(4 * MIN); // 4 minutes since shown: still counting
    expect(c.counting()).toBe(true);
    expect(c.take()).toBe(5 * MIN);
  });

  it('a clock that goes backwards counts nothing for the jump and carries on from there', () => {
    const c = fake();
    c.advance(1 * MIN);
    c.act();
    c.setNow(0);
    expect(c.take()).toBe(1 * MIN);
    c.advance(2 * MIN);
    c.act();
    expect(c.take()).toBe(2 * MIN);
  });

  it('keeps fractions of a millisecond for the next take', () => {
    const c = fake();
    c.advance(0.6);
    expect(c.take()).toBe(0);
    c.advance(0.6);
    expect(c.take()).toBe(1);
  });
});
