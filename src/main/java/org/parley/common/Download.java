package org.parley.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The body of an export, written straight to the response on the request thread. It is
 * opened only once the request has been checked: until then nothing is set on the
 * response, so a bad filter is still answered with a 400 problem, not a half-made file.
 */
public final class Download {

	public static final String TEXT_CSV = "text/csv";

	public static final String APPLICATION_GEO_JSON = "application/geo+json";

	public static final String TEXT_CALENDAR = "text/calendar";

	private final HttpServletResponse response;

	private final MediaType type;

	private final String filename;

	private Download(HttpServletResponse response, MediaType type, String filename) {
		this.response = response;
		this.type = type;
		this.filename = filename;
	}

	/** A CSV file, offered for saving under the given name. */
	public static Download csv(HttpServletResponse response, String filename) {
		return new Download(response, MediaType.parseMediaType(TEXT_CSV), filename);
	}

	/** A document shown or consumed in place (a map layer, a calendar feed). */
	public static Download inline(HttpServletResponse response, MediaType type) {
		return new Download(response, type, null);
	}

	/**
	 * Which of the offered types the Accept header prefers: the highest quality first,
	 * then the header's order; the first offered type if none is named.
	 */
	public static MediaType negotiate(String accept, List<MediaType> offered) {
		List<MediaType> accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
		accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType wanted : accepted) {
			for (MediaType type : offered) {
				if (wanted.getQualityValue() > 0 && wanted.includes(type)) {
					return type;
				}
			}
		}
		return offered.get(0);
	}

	/** Sets the content type (UTF-8) and disposition, and returns the body's writer. */
	public Writer open() throws IOException {
		this.response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		this.response.setContentType(new MediaType(this.type, StandardCharsets.UTF_8).toString());
		if (this.filename != null) {
			this.response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.filename).build().toString());
		}
		// The servlet's own writer swallows write failures, so an export would read every
		// row for a client that has gone; the output stream reports them, and the export
		// stops (and frees its connection) at the next chunk.
		return new BufferedWriter(new OutputStreamWriter(this.response.getOutputStream(), StandardCharsets.UTF_8),
				8192);
	}

}
