package org.parley.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's Content-Security-Policy. */
class DashboardPolicyTests {

	@Test
	void onlyThisOriginByDefault() {
		assertThat(SecurityConfiguration.dashboardCsp("")).contains("default-src 'self';", "connect-src 'self';");
	}

	@Test
	void otherParleysNamedInApiOriginsMayBeReached() {
		assertThat(SecurityConfiguration.dashboardCsp(" https://a.example, https://b.example "))
			.contains("connect-src 'self' https://a.example https://b.example;");
	}

}
