"""Who may talk to the server, and how fast: an allow-list of client networks and a per-client
request-rate limit. Dropped datagrams are counted, never silently lost from the log."""

from __future__ import annotations

import ipaddress
import time
from collections import OrderedDict
from collections.abc import Sequence

LOOPBACK = ("127.0.0.0/8", "::1/128")
MAX_TRACKED_CLIENTS = 4096  # rate-limit state kept for this many hosts; the oldest are forgotten


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def parse_networks(texts: Sequence[str]) -> list:
    networks = []
    for text in texts:
        try:
            networks.append(ipaddress.ip_network(text, strict=False))
        except ValueError as error:
            raise ValueError(f"allow_clients: {text!r} is not an address or network like 192.168.1.0/24") from error
    return networks


class ClientGuard:
    def __init__(self, allow_clients: Sequence[str], rate_limit: float):
        self.networks = parse_networks([*LOOPBACK, *allow_clients])
        self.rate_limit = rate_limit  # requests a second per client host; 0 = unlimited
        self.burst = max(rate_limit, 1.0)  # a full second's worth may arrive at once
        self._buckets: OrderedDict[str, list[float]] = OrderedDict()  # host -> [tokens, last time]
        self._allowed_cache: dict[str, bool] = {}
        self.dropped_not_allowed = 0
        self.dropped_rate = 0

    def allowed(self, host: str) -> bool:
        verdict = self._allowed_cache.get(host)
        if verdict is None:
            try:
                address = ipaddress.ip_address(host.split("%")[0])
                if getattr(address, "ipv4_mapped", None):
                    address = address.ipv4_mapped
                verdict = any(address in network for network in self.networks)
            except ValueError:
                verdict = False
            if len(self._allowed_cache) > MAX_TRACKED_CLIENTS:
                self._allowed_cache.clear()
            self._allowed_cache[host] = verdict
        if not verdict:
            self.dropped_not_allowed += 1
        return verdict

    def within_rate(self, host: str) -> bool:
        """Token bucket per host: `rate_limit` requests a second, bursts up to one second's worth."""
        if not self.rate_limit:
            return True
        now = time.monotonic()
        bucket = self._buckets.get(host)
        if bucket is None:
            bucket = self._buckets[host] = [self.burst, now]
            while len(self._buckets) > MAX_TRACKED_CLIENTS:
                self._buckets.popitem(last=False)
        tokens = min(self.burst, bucket[0] + (now - bucket[1]) * self.rate_limit)
        bucket[1] = now
        if tokens < 1.0:
            bucket[0] = tokens
            self.dropped_rate += 1
            return False
        bucket[0] = tokens - 1.0
        return True
