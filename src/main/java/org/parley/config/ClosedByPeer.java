package org.parley.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP connections of this machine that the other end has closed while this end still
 * holds them open, as Linux lists them in {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6}. A client that gives up on a request closes its connection; the
 * kernel then keeps the server's end in {@code CLOSE_WAIT} until the server closes it
 * too, and a server that writes nothing in the meantime learns nothing of it. Reading the
 * table neither reads from nor writes to any connection.
 */
final class ClosedByPeer {

	/**
	 * One end of a connection: the local port and the address and port of the other end.
	 */
	record Connection(int localPort, InetAddress remoteAddress, int remotePort) {
	}

	private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

	/**
	 * The states (include/net/tcp_states.h) of a connection whose other end has closed
	 * it: CLOSE_WAIT, LAST_ACK, CLOSING.
	 */
	private static final Set<String> CLOSED = Set.of("08", "09", "0B");

	private ClosedByPeer() {
	}

	/** Whether this machine lists its connections where {@link #read} looks. */
	static boolean available() {
		return Files.isReadable(TABLES.get(0));
	}

	/** The connections closed by their other end, from every table that exists. */
	static Set<Connection> read() {
		Set<Connection> closed = new HashSet<>();
		for (Path table : TABLES) {
			try (Stream<String> lines = Files.lines(table)) {
				closed.addAll(parse(lines));
			}
			catch (NoSuchFileException ex) {
				// no IPv6 on this machine
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return closed;
	}

	/**
	 * The closed connections in one table's lines: a heading, then per connection
	 * {@code sl local_address rem_address st ...} with addresses as
	 * {@code HEXADDRESS:HEXPORT}.
	 */
	static Set<Connection> parse(Stream<String> lines) {
		Set<Connection> closed = new HashSet<>();
		lines.skip(1).forEach((line) -> {
			String[] fields = line.trim().split("\\s+", 5);
			if (fields.length >= 4 && CLOSED.contains(fields[3])) {
				String local = fields[1];
				String remote = fields[2];
				closed.add(new Connection(port(local), address(remote), port(remote)));
			}
		});
		return closed;
	}

	private static int port(String end) {
		return Integer.parseInt(end.substring(end.indexOf(':') + 1), 16);
	}

	/**
	 * The kernel prints an address as 32-bit words, each in the machine's byte order. An
	 * IPv4 client of an IPv6 socket is listed in its mapped form
	 * ({@code ::ffff:a.b.c.d}), which {@link InetAddress} turns back into the IPv4
	 * address.
	 */
	private static InetAddress address(String end) {
		String hex = end.substring(0, end.indexOf(':'));
		ByteBuffer bytes = ByteBuffer.allocate(hex.length() / 2).order(ByteOrder.nativeOrder());
		for (int word = 0; word < hex.length(); word += 8) {
			bytes.putInt((int) Long.parseLong(hex.substring(word, word + 8), 16));
		}
		try {
			return InetAddress.getByAddress(bytes.array());
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Not an address: " + hex, ex);
		}
	}

}
