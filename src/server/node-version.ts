// Imported first by every entry point, so that an old Node says what is wrong instead of failing
// somewhere inside a library with a stack trace.
const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < REQUIRED_MAJOR) {
  process.stderr.write(
    `Rathaus needs Node.js ${REQUIRED_MAJOR} or newer; this is ${process.versions.node}.\n` +
      'Start it with `npm start`, which installs Node.js 24 into .tools/ when needed, ' +
      'or install Node.js 24 LTS yourself.\n',
  );
  process.exit(1);
}
export {};
