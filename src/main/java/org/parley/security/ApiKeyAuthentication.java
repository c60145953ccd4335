package org.parley.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API key. Its name is the key's id, which is what the
 * audit history records as the editor.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final long keyId;

	private final String keyName;

	private final ApiKeyRole role;

	ApiKeyAuthentication(long keyId, String keyName, ApiKeyRole role) {
		super(List.of(new SimpleGrantedAuthority(role.authority())));
		this.keyId = keyId;
		this.keyName = keyName;
		this.role = role;
		setAuthenticated(true);
	}

	public long keyId() {
		return this.keyId;
	}

	public String keyName() {
		return this.keyName;
	}

	public ApiKeyRole role() {
		return this.role;
	}

	@Override
	public Object getCredentials() {
		// The key is not kept once checked.
		return "";
	}

	@Override
	public Object getPrincipal() {
		return getName();
	}

	@Override
	public String getName() {
		return Long.toString(this.keyId);
	}

}
