package org.parley.common;

/** A resource named in the path does not exist: answered with a 404 problem. */
public class ResourceNotFound extends RuntimeException {

	private final String resource;

	private final String identifier;

	private ResourceNotFound(String resource, String identifier) {
		super("No " + resource + " '" + identifier + "'");
		this.resource = resource;
		this.identifier = identifier;
	}

	public static ResourceNotFound of(String resource, Object identifier) {
		return new ResourceNotFound(resource, String.valueOf(identifier));
	}

	public String resource() {
		return this.resource;
	}

	public String identifier() {
		return this.identifier;
	}

}
