// Writing to stdout with back-pressure (a 10,000-article extract must not buffer everything),
// and quietly stopping when the reader goes away (`invest-news extract … | head`).

export function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** Exit quietly on EPIPE: the reader has what it wanted. */
export function handleClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
