// proxy-addr (the module Express itself uses for req.ip) ships no types; these are the parts used.
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http';

  type Trust = (address: string, hop: number) => boolean;

  function proxyAddr(req: IncomingMessage, trust: Trust): string;

  namespace proxyAddr {
    /** Throws a TypeError for an entry that is no address, subnet or known range name. */
    function compile(proxies: string[]): Trust;
  }

  export = proxyAddr;
}
