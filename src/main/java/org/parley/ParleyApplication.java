package org.parley;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

// No users and passwords: callers are API keys (org.parley.security), so Boot's generated
// in-memory user is left out.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class ParleyApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParleyApplication.class, args);
	}

}
