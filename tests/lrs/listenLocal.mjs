// Loaded into the xapi-statements process (node --import) before the service starts: its server
// listens on every interface at EXPRESS_PORT; the tests want it on 127.0.0.1 at a port the
// system picks, and to hear which port that is (over the fork's IPC channel).
/* global process */
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const callback = args.find((a) => typeof a === 'function');
  this.once('listening', () => {
    if (process.send) process.send({ port: this.address().port });
  });
  return listen.call(this, 0, '127.0.0.1', callback);
};
