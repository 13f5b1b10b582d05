// Every unhandled rejection in a unit test fails the run (issue 11).
process.on('unhandledRejection', (reason) => {
  throw reason instanceof Error ? reason : new Error(String(reason));
});
