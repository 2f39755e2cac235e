// Synthetic plans for the browser benchmark, shaped like benches/composer.rs's.
const STATEMENTS = [
  'Go to two support meetings each week',
  'Sleep at least seven hours a night',
  'I want to feel better',
  'Call my sponsor every evening before dinner',
  'Walk for 30 minutes on Monday, Wednesday and Friday',
  'Take my medicine as prescribed every morning',
];

/** The JSON text of a plan with `count` goals, ids g1..gN. */
export function planText(count) {
  const goals = [];
  for (let i = 1; i <= count; i++) {
    const plain = i % 3 === 0;
    const pad = (n) => String(n).padStart(2, '0');
    goals.push({
      id: `g${i}`,
      statement: `${STATEMENTS[i % STATEMENTS.length]} (${i})`,
      measure: plain ? '' : 'Meetings signed in',
      target: plain ? '' : '2 a week',
      due: plain ? null : `2027-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
    });
  }
  return JSON.stringify({
    schema_version: 1, id: 'plan-bench', title: 'Synthetic plan', next_id: count + 1, goals,
  });
}
