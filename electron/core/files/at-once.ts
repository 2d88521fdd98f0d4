// Work over a list with a few of its items in flight at once: `lanes` loops, each taking the
// next index as soon as it is done with one, so a slow item never holds the others back. Used
// where each item waits on the file system (looking files up, opening and sniffing them).

/** Runs `work` for every index below `count`, at most `lanes` at a time; resolves when all are done. */
export async function forEachAtOnce(count: number, lanes: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < count; i = next++) await work(i);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, count) }, lane));
}
