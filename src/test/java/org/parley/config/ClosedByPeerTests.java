package org.parley.config;

import java.net.InetAddress;
import java.nio.ByteOrder;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reading which connections their clients have closed from Linux's connection tables. */
class ClosedByPeerTests {

	private static final String HEADING = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode";

	@Test
	void onlyConnectionsTheOtherEndHasClosedAreListed() throws Exception {
		Set<ClosedByPeer.Connection> closed = closedIn(
				// listening on 8080
				"   0: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0",
				// 127.0.0.1:8080 <- 127.0.0.1:51000, established
				"   1: 0100007F:1F90 0100007F:C738 01 00000000:00000000 00:00000000 00000000     0        0 2 1 0 20 4 30 10 -1",
				// 127.0.0.1:8080 <- 10.1.2.3:51001, closed by the client (CLOSE_WAIT)
				"   2: 0100007F:1F90 0302010A:C739 08 00000000:00000001 00:00000000 00000000     0        0 3 1 0 20 4 30 10 -1");

		assertThat(closed).containsExactly(new ClosedByPeer.Connection(8080, InetAddress.getByName("10.1.2.3"), 51001));
	}

	@Test
	void anIpv4ClientOfAnIpv6SocketIsKnownByItsIpv4Address() throws Exception {
		Set<ClosedByPeer.Connection> closed = closedIn(
				"   0: 0000000000000000FFFF00000100007F:1F90 0000000000000000FFFF00000100007F:C738 08 00000000:00000000 00:00000000 00000000     0        0 4 1 0 20 4 30 10 -1",
				"   1: 00000000000000000000000001000000:1F90 00000000000000000000000001000000:C739 09 00000000:00000000 00:00000000 00000000     0        0 5 1 0 20 4 30 10 -1");

		assertThat(closed).containsExactlyInAnyOrder(
				new ClosedByPeer.Connection(8080, InetAddress.getByName("127.0.0.1"), 51000),
				new ClosedByPeer.Connection(8080, InetAddress.getByName("::1"), 51001));
	}

	/** The closed connections in a table of these lines, under its heading. */
	private static Set<ClosedByPeer.Connection> closedIn(String... connections) {
		assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN,
				"the lines are as a little-endian kernel prints them");
		return ClosedByPeer.parse(Stream.concat(Stream.of(HEADING), Stream.of(connections)));
	}

}
